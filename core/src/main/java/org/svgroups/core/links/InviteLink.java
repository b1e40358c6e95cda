package org.svgroups.core.links;

import java.time.Instant;
import java.util.Objects;

/**
 * An invite link of a group, without its token (which is never stored). Groups and users are bare JIDs.
 *
 * @param id      the link's public id, unrelated to its token
 * @param maxUses how many people may use it; 0: no limit until it expires
 * @param uses    how many people used it so far
 */
public record InviteLink(String id, String group, String creator, Instant created, Instant expires, int maxUses,
                         int uses, boolean revoked) {

    public InviteLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
        if (maxUses < 0 || uses < 0) {
            throw new IllegalArgumentException("uses and maxUses cannot be negative");
        }
    }

    /** What the link is worth now; a revoked link says so even after it expired. */
    public LinkState state(Instant now) {
        if (revoked) {
            return LinkState.REVOKED;
        }
        if (!now.isBefore(expires)) {
            return LinkState.EXPIRED;
        }
        if (maxUses > 0 && uses >= maxUses) {
            return LinkState.USED_UP;
        }
        return LinkState.ACTIVE;
    }
}
