package org.svgroups.core.rules;

import java.util.Optional;

import org.svgroups.core.people.AgeGroup;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * Nobody under the consent age (18 by default) becomes a member without accepting: their invitation waits for
 * them, and a direct grant of membership is refused. Users without a birthdate who may use groups count as
 * adults here.
 */
public final class ConsentRule {

    private final People people;
    private final AgePolicy ages;

    public ConsentRule(People people, AgePolicy ages) {
        this.people = people;
        this.ages = ages;
    }

    public boolean needsConsent(String user) {
        return ages.classify(people.birthdate(user)) == AgeGroup.MINOR;
    }

    /** For paths that would make the user a member at once (affiliation changes). */
    public Optional<Refusal> checkDirectGrant(String user) {
        if (!needsConsent(user)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(AppCondition.CONSENT_REQUIRED,
                user + " must accept to join: send them an invitation instead."));
    }
}
