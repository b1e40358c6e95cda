package org.svgroups.it;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;

/**
 * A stanza child sent exactly as written: for what the client library would never send (a share of an unknown
 * kind, an oversized share, a sender's {@code verified}, an OMEMO payload).
 */
final class RawXml implements ExtensionElement {

    private final String element;
    private final String namespace;
    private final String xml;

    /**
     * @param element   the element's name, as in {@code xml}
     * @param namespace its namespace, declared in {@code xml}
     * @param xml       the whole element
     */
    RawXml(String element, String namespace, String xml) {
        this.element = element;
        this.namespace = namespace;
        this.xml = xml;
    }

    /** A share element in {@code urn:svgroups:share:0}, written out. */
    static RawXml share(String xml) {
        return new RawXml("share", "urn:svgroups:share:0", xml);
    }

    String xml() {
        return xml;
    }

    @Override
    public String getElementName() {
        return element;
    }

    @Override
    public String getNamespace() {
        return namespace;
    }

    @Override
    public CharSequence toXML(XmlEnvironment enclosingNamespace) {
        return xml;
    }

    @Override
    public String toString() {
        return xml;
    }
}
