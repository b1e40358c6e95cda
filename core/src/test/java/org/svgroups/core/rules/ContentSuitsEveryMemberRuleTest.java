package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.testing.Clocks;
import org.svgroups.core.testing.Directory;

/** Today is 2026-11-25. */
class ContentSuitsEveryMemberRuleTest {

    private final Directory people = new Directory()
            .born("alice@example.org", "1990-01-01")
            .born("bob@example.org", "1985-07-14")
            .born("teen@example.org", "2009-06-01")         // 17
            .born("eighteen-today@example.org", "2008-11-25")
            .born("eighteen-tomorrow@example.org", "2008-11-26")
            .born("kid@example.org", "2016-03-03");         // 10

    private ContentSuitsEveryMemberRule rule(FixedGroupSettings settings) {
        return new ContentSuitsEveryMemberRule(people, settings, Clocks.fixed());
    }

    private final ContentSuitsEveryMemberRule rule = rule(FixedGroupSettings.defaults());

    private static Membership group(String owner, String... members) {
        return Membership.of(List.of(owner), List.of(), List.of(members));
    }

    @Test
    void anAdultsOnlyItemIsRefusedInAGroupWithASeventeenYearOld() {
        Refusal refusal = rule.check(group("alice@example.org", "bob@example.org", "teen@example.org"), 18).orElseThrow();

        assertThat(refusal.condition()).isEqualTo(AppCondition.AGE_RESTRICTED);
    }

    @Test
    void theRefusalNamesNobodyAndTellsNoAge() {
        Refusal refusal = rule.check(group("alice@example.org", "teen@example.org"), 18).orElseThrow();

        assertThat(refusal.text()).contains("18 and over")
                .doesNotContain("teen").doesNotContain("alice").doesNotContain("@")
                .doesNotContain("17").doesNotContain("2009");
        assertThat(refusal.attributes()).isEmpty();
    }

    @Test
    void anAdultsOnlyItemPassesWhenEveryoneIsAnAdult() {
        assertThat(rule.check(group("alice@example.org", "bob@example.org"), 18)).isEmpty();
    }

    @Test
    void aMemberIsOldEnoughOnTheirBirthday() {
        assertThat(rule.check(group("alice@example.org", "eighteen-today@example.org"), 18)).isEmpty();
        assertThat(rule.check(group("alice@example.org", "eighteen-tomorrow@example.org"), 18))
                .map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
    }

    @Test
    void everyAffiliationCounts() {
        Membership minorOwner = Membership.ofOwners("teen@example.org");
        Membership minorAdmin = Membership.of(List.of("alice@example.org"), List.of("teen@example.org"), List.of());

        assertThat(rule.check(minorOwner, 18)).isPresent();
        assertThat(rule.check(minorAdmin, 18)).isPresent();
    }

    @Test
    void aLowerMinimumAgeLetsTheTeenagerSeeIt() {
        assertThat(rule.check(group("alice@example.org", "teen@example.org"), 16)).isEmpty();
        assertThat(rule.check(group("alice@example.org", "teen@example.org"), 17)).isEmpty();
    }

    @Test
    void aMemberWithoutABirthdateCountsAsAnAdultWhenUnknownBirthdatesAreAllowed() {
        assertThat(rule(FixedGroupSettings.defaults().withUnknownBirthdateAllowed(true))
                .check(group("alice@example.org", "nobody@example.org"), 18)).isEmpty();
    }

    @Test
    void aMemberWithoutABirthdateCountsAsUnderAgeWhenUnknownBirthdatesAreNotAllowed() {
        assertThat(rule(FixedGroupSettings.defaults().withUnknownBirthdateAllowed(false))
                .check(group("alice@example.org", "nobody@example.org"), 18))
                .map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
        assertThat(rule(FixedGroupSettings.defaults().withUnknownBirthdateAllowed(false))
                .check(group("alice@example.org", "nobody@example.org"), 1))
                .map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
    }

    @Test
    void aMemberWithoutABirthdateIsTakenAsEighteenSoAnItemForOlderPeopleIsRefused() {
        // What the code does: "adult" means 18, so a 21+ item is refused as soon as one birthdate is unknown.
        assertThat(rule.check(group("alice@example.org", "nobody@example.org"), 21))
                .map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
        assertThat(rule.check(group("alice@example.org", "bob@example.org"), 21)).isEmpty();
    }

    @Test
    void anItemForEveryoneIsNeverRefused() {
        Membership everyone = group("alice@example.org", "teen@example.org", "kid@example.org", "nobody@example.org");

        assertThat(rule.check(everyone, 0)).isEmpty();
        assertThat(rule.check(everyone, -1)).isEmpty();
        assertThat(rule(FixedGroupSettings.defaults().withUnknownBirthdateAllowed(false)).check(everyone, 0)).isEmpty();
    }
}
