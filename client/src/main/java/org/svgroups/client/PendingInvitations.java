package org.svgroups.client;

import java.util.List;
import java.util.Optional;

import org.jxmpp.jid.EntityBareJid;

/**
 * The invitations waiting for an answer that concern this user, as the server lists them: those they received and
 * those they sent. (Not to be confused with the server-side store {@code org.svgroups.core.invitations.PendingInvitations}.)
 *
 * @param received invitations to this user, in the server's order.
 * @param sent invitations from this user, in the server's order.
 */
public record PendingInvitations(List<ReceivedInvitation> received, List<SentInvitation> sent) {

    /** No pending invitations at all. */
    public static final PendingInvitations NONE = new PendingInvitations(List.of(), List.of());

    public PendingInvitations {
        received = List.copyOf(received);
        sent = List.copyOf(sent);
    }

    /** True if there is nothing pending either way. */
    public boolean isEmpty() {
        return received.isEmpty() && sent.isEmpty();
    }

    /**
     * The invitation this user received to a group, if one is pending (the server keeps at most one per group).
     *
     * @param group the group.
     * @return the invitation, or empty.
     */
    public Optional<ReceivedInvitation> receivedFor(EntityBareJid group) {
        return received.stream().filter(invitation -> invitation.group().equals(group)).findFirst();
    }
}
