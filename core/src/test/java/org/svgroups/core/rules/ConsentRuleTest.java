package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.testing.Clocks;
import org.svgroups.core.testing.Directory;

class ConsentRuleTest {

    private final Directory people = new Directory().born("seventeen", "2009-06-01").born("eighteen", "2008-06-01");
    private final ConsentRule rule = new ConsentRule(people, new AgePolicy(FixedGroupSettings.defaults(), Clocks.fixed()));

    @Test
    void aSeventeenYearOldMustAccept() {
        assertThat(rule.needsConsent("seventeen")).isTrue();
        assertThat(rule.checkDirectGrant("seventeen")).map(Refusal::condition).contains(AppCondition.CONSENT_REQUIRED);
    }

    @Test
    void adultsAndUsersWithoutABirthdateAreEnrolledDirectly() {
        assertThat(rule.needsConsent("eighteen")).isFalse();
        assertThat(rule.needsConsent("nobody")).isFalse();
        assertThat(rule.checkDirectGrant("eighteen")).isEmpty();
    }
}
