package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.testing.Clocks;
import org.svgroups.core.testing.Directory;

class MinimumAgeRuleTest {

    private final Directory people = new Directory().born("kid", "2012-01-01").born("teen", "2009-06-01").born("adult", "1990-01-01");

    private MinimumAgeRule rule(FixedGroupSettings settings) {
        return new MinimumAgeRule(people, new AgePolicy(settings, Clocks.fixed()));
    }

    @Test
    void someoneUnderSixteenCanNeitherActNorBeAdded() {
        MinimumAgeRule rule = rule(FixedGroupSettings.defaults());

        assertThat(rule.checkSelf("kid")).map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
        assertThat(rule.checkOther("kid")).map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
    }

    @Test
    void teenagersAndAdultsMayUseGroups() {
        MinimumAgeRule rule = rule(FixedGroupSettings.defaults());

        assertThat(rule.checkSelf("teen")).isEmpty();
        assertThat(rule.checkOther("adult")).isEmpty();
    }

    @Test
    void theRefusalAboutSomeoneElseDoesNotTellTheirAge() {
        Refusal refusal = rule(FixedGroupSettings.defaults()).checkOther("kid").orElseThrow();

        assertThat(refusal.text()).doesNotContain("16").doesNotContain("2012");
    }

    @Test
    void someoneWithoutABirthdateFollowsTheSetting() {
        assertThat(rule(FixedGroupSettings.defaults()).checkSelf("nobody")).isEmpty();
        assertThat(rule(FixedGroupSettings.defaults().withUnknownBirthdateAllowed(false)).checkSelf("nobody"))
                .map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
    }
}
