package org.svgroups.client.packet;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;

/**
 * A retraction (XEP-0424, {@code <retract id xmlns='urn:xmpp:message-retract:1'/>}) naming a message by the
 * stanza-id the group gave it; in a group's moderation notice (XEP-0425 0.3) it also says who moderated
 * ({@code <moderated by xmlns='urn:xmpp:message-moderate:1'/>}) and why ({@code <reason/>}).
 */
public final class RetractElement implements ExtensionElement {

    public static final String ELEMENT = "retract";
    public static final String NAMESPACE = "urn:xmpp:message-retract:1";
    public static final String MODERATE_NAMESPACE = "urn:xmpp:message-moderate:1";

    private final String id;
    private final String moderatedBy;
    private final String reason;

    /**
     * @param id          the retracted message's stanza-id
     * @param moderatedBy who moderated (a moderation notice), or null (an own retraction)
     * @param reason      the moderation's reason, or null
     */
    public RetractElement(String id, String moderatedBy, String reason) {
        this.id = id;
        this.moderatedBy = moderatedBy;
        this.reason = reason;
    }

    /** The retraction a stanza carries, or null. */
    public static RetractElement from(Stanza stanza) {
        return stanza.getExtension(RetractElement.class);
    }

    public String getId() {
        return id;
    }

    /**
     * Who moderated, as the notice says (a JID; empty when it names nobody); null when the element has no
     * {@code <moderated/>}.
     */
    public String getModeratedBy() {
        return moderatedBy;
    }

    /** True when the element carries {@code <moderated/>}: a moderation, if the group itself sent it. */
    public boolean isModeration() {
        return moderatedBy != null;
    }

    public String getReason() {
        return reason;
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
        xml.attribute("id", id);
        if (moderatedBy == null && reason == null) {
            return xml.closeEmptyElement();
        }
        xml.rightAngleBracket();
        moderation(xml, moderatedBy, reason);
        return xml.closeElement(this);
    }

    /** {@code <moderated by/>} (when {@code by} is not null) and {@code <reason/>} (when {@code reason} is not null). */
    static void moderation(XmlStringBuilder xml, String by, String reason) {
        if (by != null) {
            xml.halfOpenElement("moderated").xmlnsAttribute(MODERATE_NAMESPACE).attribute("by", by).closeEmptyElement();
        }
        xml.optElement("reason", reason);
    }
}
