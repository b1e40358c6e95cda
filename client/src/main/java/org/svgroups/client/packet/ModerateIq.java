package org.svgroups.client.packet;

import org.jivesoftware.smack.packet.IQ;
import org.jxmpp.jid.EntityBareJid;

/**
 * A moderation request (XEP-0425 0.3) to a group:
 * {@code <moderate id xmlns='urn:xmpp:message-moderate:1'><retract xmlns='urn:xmpp:message-retract:1'/>
 * <reason/></moderate>}, an IQ set.
 */
public final class ModerateIq extends IQ {

    public static final String ELEMENT = "moderate";
    public static final String NAMESPACE = RetractElement.MODERATE_NAMESPACE;

    private final String id;
    private final String reason;

    /**
     * @param group  the group
     * @param id     the message's stanza-id, as the group gave it
     * @param reason why, or null
     */
    public ModerateIq(EntityBareJid group, String id, String reason) {
        super(ELEMENT, NAMESPACE);
        this.id = id;
        this.reason = reason;
        setType(Type.set);
        setTo(group);
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("id", id).rightAngleBracket();
        xml.halfOpenElement(RetractElement.ELEMENT).xmlnsAttribute(RetractElement.NAMESPACE).closeEmptyElement();
        xml.optElement("reason", reason);
        return xml;
    }
}
