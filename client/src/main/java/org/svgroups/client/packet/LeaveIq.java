package org.svgroups.client.packet;

import org.jivesoftware.smack.packet.SimpleIQ;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.core.SvGroupsProtocol;

/**
 * Leave a group for good: a {@code set} to the group's JID with {@code <leave/>} in
 * {@value SvGroupsProtocol#NAMESPACE}. Unlike
 * leaving the room (unavailable presence), this gives up the membership; the server answers with an empty result.
 */
public final class LeaveIq extends SimpleIQ {

    public static final String ELEMENT = "leave";
    public static final String NAMESPACE = SvGroupsProtocol.NAMESPACE;

    public LeaveIq(EntityBareJid group) {
        super(ELEMENT, NAMESPACE);
        setTo(group);
        setType(Type.set);
    }
}
