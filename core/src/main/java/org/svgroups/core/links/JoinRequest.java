package org.svgroups.core.links;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone who used an invite link of a group that holds newcomers for approval, waiting for an owner's or admin's
 * answer. Groups and users are bare JIDs.
 *
 * @param linkId the link they used
 */
public record JoinRequest(String group, String user, String linkId, Instant created) {

    public JoinRequest {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(created, "created");
    }
}
