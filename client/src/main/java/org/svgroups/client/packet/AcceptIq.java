package org.svgroups.client.packet;

import org.jivesoftware.smack.packet.SimpleIQ;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.core.SvGroupsProtocol;

/**
 * Accept a pending invitation: a {@code set} to the group's JID with {@code <accept/>} in
 * {@value SvGroupsProtocol#NAMESPACE}. The server answers with an empty result once the user is a member, or with
 * {@code item-not-found} (nothing pending, or it expired), {@code group-full} or {@code age-restricted}.
 */
public final class AcceptIq extends SimpleIQ {

    public static final String ELEMENT = "accept";
    public static final String NAMESPACE = SvGroupsProtocol.NAMESPACE;

    public AcceptIq(EntityBareJid group) {
        super(ELEMENT, NAMESPACE);
        setTo(group);
        setType(Type.set);
    }
}
