package org.svgroups.client;

import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.EntityBareJid;

/**
 * An invitation to a group this user received, either mediated by the group's room (XEP-0045) or sent directly by
 * the inviter (XEP-0249, reported only for groups on the group service). If the user is an adult the server has
 * already made them a member and {@link GroupChat#join(EntityBareJid)} enters the room. A minor's invitation
 * is pending until they {@link GroupInvitations#accept accept} it or join (which accepts it too), or
 * {@link GroupInvitations#decline(EntityBareJid, BareJid, String) decline} it; see {@link GroupInvitations#invitations()}.
 *
 * @param group the group.
 * @param inviter who invited, or {@code null} if the room did not say.
 * @param reason the inviter's note, or {@code null}.
 */
public record Invitation(EntityBareJid group, BareJid inviter, String reason) {
}
