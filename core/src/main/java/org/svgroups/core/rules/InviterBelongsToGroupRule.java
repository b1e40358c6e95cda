package org.svgroups.core.rules;

import java.util.Optional;

import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/** Only people in a group (owner, admin or member) may bring someone into it. Any member may: it is a group of friends. */
public final class InviterBelongsToGroupRule {

    public Optional<Refusal> check(Membership group, String inviter) {
        if (group.includes(inviter)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(AppCondition.NOT_MEMBER, "Only members of the group can add people to it."));
    }
}
