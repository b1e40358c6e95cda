package org.svgroups.client.packet;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smackx.forward.packet.Forwarded;

/** One archived message of a history query ({@code <result xmlns='urn:xmpp:mam:2' queryid id>}), as forwarded. */
public final class HistoryResult implements ExtensionElement {

    public static final String ELEMENT = "result";
    public static final String NAMESPACE = HistoryQueryIq.NAMESPACE;

    private final String queryId;
    private final String id;
    private final Forwarded<Message> forwarded;

    public HistoryResult(String queryId, String id, Forwarded<Message> forwarded) {
        this.queryId = queryId;
        this.id = id;
        this.forwarded = forwarded;
    }

    public String getQueryId() {
        return queryId;
    }

    /** The archive's id of the message: the group's stanza-id of it. */
    public String getId() {
        return id;
    }

    public Forwarded<Message> getForwarded() {
        return forwarded;
    }

    @Override
    public String getElementName() {
        return ELEMENT;
    }

    @Override
    public String getNamespace() {
        return NAMESPACE;
    }

    @Override
    public XmlStringBuilder toXML(XmlEnvironment enclosingNamespace) {
        XmlStringBuilder xml = new XmlStringBuilder(this, enclosingNamespace);
        xml.optAttribute("queryid", queryId).attribute("id", id).rightAngleBracket();
        xml.append(forwarded.toXML(XmlEnvironment.EMPTY));
        xml.closeElement(this);
        return xml;
    }
}
