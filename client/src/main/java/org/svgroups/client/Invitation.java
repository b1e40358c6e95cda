package org.svgroups.client;

import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.EntityBareJid;

/**
 * An invitation to a group this user received. By the time it arrives the server has already made the user a member;
 * {@link SvGroupsManager#join(EntityBareJid)} enters the room.
 *
 * @param group the group.
 * @param inviter who invited, or {@code null} if the room did not say.
 * @param reason the inviter's note, or {@code null}.
 */
public record Invitation(EntityBareJid group, BareJid inviter, String reason) {
}
