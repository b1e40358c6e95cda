package org.svgroups.client;

import java.time.Instant;
import java.util.Objects;

import org.jxmpp.jid.EntityBareJid;

/**
 * A pending invitation this user received: they are not a member of the group until they {@link
 * GroupInvitations#accept accept} it (or {@link GroupChat#join join} the group), and it goes away when they
 * {@link GroupInvitations#decline(EntityBareJid, String) decline} it or when it expires. Only minors' invitations are
 * held like this; an adult is a member as soon as they are invited.
 *
 * @param group the group.
 * @param name the group's human name; empty if the server sent none.
 * @param inviter who invited.
 * @param reason the inviter's note, or {@code null}.
 * @param created when the invitation was made.
 * @param expires when it lapses if not answered.
 */
public record ReceivedInvitation(EntityBareJid group, String name, EntityBareJid inviter, String reason,
                                 Instant created, Instant expires) {

    public ReceivedInvitation {
        Objects.requireNonNull(group, "group");
        name = name == null ? "" : name;
        Objects.requireNonNull(inviter, "inviter");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
    }
}
