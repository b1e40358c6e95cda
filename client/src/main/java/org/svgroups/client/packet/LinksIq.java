package org.svgroups.client.packet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.IqData;
import org.jxmpp.jid.Jid;

/**
 * An IQ of the invite links protocol ({@value #NAMESPACE}, docs/links-protocol.md): a request is one element
 * ({@code create}, {@code links}, {@code revoke}, {@code join}, {@code requests}, {@code approve}, {@code deny})
 * with its attributes; a result lists the attributes of each child ({@code <link/>} or {@code <request/>}).
 */
public final class LinksIq extends IQ {

    public static final String NAMESPACE = "urn:svgroups:links:0";
    /** The request elements whose results carry children, each with a provider. */
    public static final List<String> RESULT_ELEMENTS = List.of("create", "links", "requests");

    private final Map<String, String> attributes;
    private final List<Map<String, String>> items;

    /**
     * Creates a request.
     *
     * @param attributes the element's attributes, in order; null values are left out.
     */
    public LinksIq(Jid to, Type type, String element, Map<String, String> attributes) {
        super(element, NAMESPACE);
        setTo(to);
        setType(type);
        this.attributes = new LinkedHashMap<>(attributes);
        this.items = List.of();
    }

    /** Creates a parsed result. */
    public LinksIq(IqData iqData, String element, List<Map<String, String>> items) {
        super(iqData, element, NAMESPACE);
        this.attributes = Map.of();
        this.items = List.copyOf(items);
    }

    /** The attributes of each child of a result, in document order. */
    public List<Map<String, String>> getItems() {
        return items;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        attributes.forEach(xml::optAttribute);
        xml.setEmptyElement();
        return xml;
    }
}
