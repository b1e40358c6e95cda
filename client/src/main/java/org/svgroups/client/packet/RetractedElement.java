package org.svgroups.client.packet;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.svgroups.core.moderation.Tombstone;

/**
 * A tombstone in a group's history (XEP-0424 and XEP-0425 0.3): {@code <retracted stamp id
 * xmlns='urn:xmpp:message-retract:1'>}, with {@code <moderated by/>} and {@code <reason/>} for a moderation, in
 * place of a retracted message's content.
 */
public final class RetractedElement implements ExtensionElement {

    public static final String ELEMENT = "retracted";
    public static final String NAMESPACE = RetractElement.NAMESPACE;

    private final Tombstone tombstone;

    public RetractedElement(Tombstone tombstone) {
        this.tombstone = tombstone;
    }

    public Tombstone getTombstone() {
        return tombstone;
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
        xml.attribute("stamp", tombstone.retractedAt().toString()).optAttribute("id", tombstone.retractionId());
        if (!tombstone.isModeration()) {
            return xml.closeEmptyElement();
        }
        xml.rightAngleBracket();
        RetractElement.moderation(xml, tombstone.moderatedBy(), tombstone.reason());
        return xml.closeElement(this);
    }
}
