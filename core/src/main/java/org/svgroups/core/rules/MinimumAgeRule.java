package org.svgroups.core.rules;

import java.util.Optional;

import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * Groups are for people of at least the minimum age (16 by default): younger users can neither create, join,
 * invite nor be invited. The refusal about someone else does not tell their age.
 */
public final class MinimumAgeRule {

    private final People people;
    private final AgePolicy ages;

    public MinimumAgeRule(People people, AgePolicy ages) {
        this.people = people;
        this.ages = ages;
    }

    /** The acting user (creator, joiner, inviter). */
    public Optional<Refusal> checkSelf(String user) {
        return mayUseGroups(user) ? Optional.empty() : Optional.of(Refusal.of(AppCondition.AGE_RESTRICTED,
                "Groups are for people aged " + ages.minimumAge() + " and over."));
    }

    /** Someone another user wants to add. */
    public Optional<Refusal> checkOther(String user) {
        return mayUseGroups(user) ? Optional.empty() : Optional.of(Refusal.of(AppCondition.AGE_RESTRICTED,
                user + " cannot be added to groups."));
    }

    private boolean mayUseGroups(String user) {
        return ages.mayUseGroups(ages.classify(people.birthdate(user)));
    }
}
