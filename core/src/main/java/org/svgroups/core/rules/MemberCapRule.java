package org.svgroups.core.rules;

import java.util.Collection;
import java.util.Optional;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.AffiliationChange;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * Owners + admins + members of a group never exceed the member cap. Only growth is refused: a group already over
 * the cap (the admin lowered it) may still lose people or reshuffle affiliations.
 */
public final class MemberCapRule {

    private final GroupSettings settings;

    public MemberCapRule(GroupSettings settings) {
        this.settings = settings;
    }

    public Optional<Refusal> check(Membership current, Collection<AffiliationChange> changes) {
        int before = current.size();
        int after = current.after(changes).size();
        int cap = settings.memberCap();
        if (after > cap && after > before) {
            return Optional.of(Refusal.of(AppCondition.GROUP_FULL,
                    "The group has reached its member cap of " + cap + " (it has " + before + ")."));
        }
        return Optional.empty();
    }
}
