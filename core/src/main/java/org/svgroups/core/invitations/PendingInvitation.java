package org.svgroups.core.invitations;

import java.time.Instant;
import java.util.Objects;

/**
 * An invitation a minor has not accepted yet: they are not a member until they join the group or accept, and the
 * invitation goes away when they decline or when it expires. Users and groups are bare JIDs.
 *
 * @param reason the inviter's words, or null
 */
public record PendingInvitation(String group, String invitee, String inviter, String reason, Instant created, Instant expires) {

    public PendingInvitation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(invitee, "invitee");
        Objects.requireNonNull(inviter, "inviter");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expires);
    }
}
