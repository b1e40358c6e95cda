package org.svgroups.client.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.share.InvalidShareException;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareXml;

/**
 * A video or product shared into a group: {@code <share xmlns='urn:svgroups:share:0' kind='video' id='…' url='…'/>},
 * wrapping core's {@link Share}. The element is read and written by core's {@link ShareXml}, exactly as the server
 * reads and writes it.
 *
 * <p>A received element that {@link ShareXml} cannot read (a bad {@code kind}, a missing {@code url}, a duration
 * that is not a number, ...) does not break the message that carries it: it becomes an <em>invalid</em> element,
 * with no {@linkplain #getShare() share}, the reason in {@link #getProblem()}, and its XML kept as received so that
 * the message still serialises as it came. The message's body is unaffected.</p>
 */
public final class ShareElement implements ExtensionElement {

    public static final String ELEMENT = Share.ELEMENT;
    public static final String NAMESPACE = Share.NAMESPACE;
    public static final QName QNAME = new QName(NAMESPACE, ELEMENT);

    private static final Logger LOGGER = LoggerFactory.getLogger(ShareElement.class);

    private final Share share;
    private final String receivedXml;
    private final String problem;

    /**
     * Creates the element for a share.
     *
     * @param share the share.
     */
    public ShareElement(Share share) {
        this(Objects.requireNonNull(share, "share"), null, null);
    }

    private ShareElement(Share share, String receivedXml, String problem) {
        this.share = share;
        this.receivedXml = receivedXml;
        this.problem = problem;
    }

    /**
     * Reads a received share element.
     *
     * @param xml the element's XML.
     * @return the element: valid with its share, or invalid with the reason (logged).
     */
    public static ShareElement read(String xml) {
        try {
            return new ShareElement(ShareXml.parse(xml));
        } catch (InvalidShareException e) {
            LOGGER.warn("Ignoring an unreadable share: {}", e.getMessage());
            LOGGER.debug("The unreadable share: {}", xml);
            return new ShareElement(null, xml, e.getMessage());
        }
    }

    /**
     * The share elements a stanza carries, in document order, also if the stanza was parsed before the svgroups
     * providers were registered.
     *
     * @param stanza the stanza.
     * @return its share elements, valid or not.
     */
    public static List<ShareElement> from(Stanza stanza) {
        List<ShareElement> shares = new ArrayList<>();
        for (ExtensionElement element : stanza.getExtensions(ELEMENT, NAMESPACE)) {
            shares.add(element instanceof ShareElement ? (ShareElement) element : read(element.toXML().toString()));
        }
        return shares;
    }

    /** The share, or empty if the element could not be read (see {@link #getProblem()}). */
    public Optional<Share> getShare() {
        return Optional.ofNullable(share);
    }

    /** Why the element could not be read, or empty if it could. */
    public Optional<String> getProblem() {
        return Optional.ofNullable(problem);
    }

    /** True if the element could be read into a {@link Share}. */
    public boolean isValid() {
        return share != null;
    }

    @Override
    public String getElementName() {
        return ELEMENT;
    }

    @Override
    public String getNamespace() {
        return NAMESPACE;
    }

    /** The share as {@link ShareXml} writes it; an invalid element as it was received. */
    @Override
    public XmlStringBuilder toXML(XmlEnvironment enclosingNamespace) {
        return new XmlStringBuilder().append(share != null ? ShareXml.write(share) : receivedXml);
    }

    @Override
    public String toString() {
        return share != null ? "ShareElement[" + share + "]" : "ShareElement[invalid: " + problem + "]";
    }
}
