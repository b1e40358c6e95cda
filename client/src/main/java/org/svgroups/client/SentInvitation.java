package org.svgroups.client;

import java.time.Instant;
import java.util.Objects;

import org.jxmpp.jid.EntityBareJid;

/**
 * A pending invitation this user sent: the invitee (a minor) has neither accepted nor declined it yet.
 *
 * @param group the group.
 * @param name the group's human name; empty if the server sent none.
 * @param invitee who was invited.
 * @param reason the note sent with the invitation, or {@code null} (the server need not repeat it).
 * @param created when the invitation was made.
 * @param expires when it lapses if not answered.
 */
public record SentInvitation(EntityBareJid group, String name, EntityBareJid invitee, String reason,
                             Instant created, Instant expires) {

    public SentInvitation {
        Objects.requireNonNull(group, "group");
        name = name == null ? "" : name;
        Objects.requireNonNull(invitee, "invitee");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
    }
}
