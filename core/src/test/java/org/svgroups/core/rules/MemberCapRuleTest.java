package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.group.AffiliationChange;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;

class MemberCapRuleTest {

    private final MemberCapRule rule = new MemberCapRule(GroupSettings.withMemberCap(3));

    @Test
    void addingAMemberBelowTheCapIsAllowed() {
        Membership group = Membership.of(List.of("owner@x"), List.of(), List.of("a@x"));

        assertThat(rule.check(group, List.of(new AffiliationChange("b@x", Affiliation.MEMBER)))).isEmpty();
    }

    @Test
    void ownersAdminsAndMembersAllCountTowardsTheCap() {
        Membership full = Membership.of(List.of("owner@x"), List.of("admin@x"), List.of("a@x"));

        var refusal = rule.check(full, List.of(new AffiliationChange("b@x", Affiliation.MEMBER)));

        assertThat(refusal).get().extracting(r -> r.condition()).isEqualTo(AppCondition.GROUP_FULL);
        assertThat(refusal.get().text()).contains("3");
    }

    @Test
    void promotingSomeoneAlreadyInTheGroupIsNotGrowth() {
        Membership full = Membership.of(List.of("owner@x"), List.of("admin@x"), List.of("a@x"));

        assertThat(rule.check(full, List.of(new AffiliationChange("a@x", Affiliation.ADMIN)))).isEmpty();
    }

    @Test
    void removalsInTheSameRequestMakeRoom() {
        Membership full = Membership.of(List.of("owner@x"), List.of(), List.of("a@x", "b@x"));

        assertThat(rule.check(full, List.of(
                new AffiliationChange("a@x", Affiliation.NONE),
                new AffiliationChange("c@x", Affiliation.MEMBER)))).isEmpty();
        assertThat(rule.check(full, List.of(
                new AffiliationChange("a@x", Affiliation.OUTCAST),
                new AffiliationChange("c@x", Affiliation.MEMBER),
                new AffiliationChange("d@x", Affiliation.MEMBER)))).isPresent();
    }

    @Test
    void aGroupOverALoweredCapMayShrinkButNotGrow() {
        Membership over = Membership.of(List.of("owner@x"), List.of(), List.of("a@x", "b@x", "c@x", "d@x"));

        assertThat(rule.check(over, List.of(new AffiliationChange("a@x", Affiliation.NONE)))).isEmpty();
        assertThat(rule.check(over, List.of(new AffiliationChange("e@x", Affiliation.MEMBER)))).isPresent();
    }

    @Test
    void theDefaultCapAdmitsMember32AndRefusesMember33() {
        MemberCapRule tiktok = new MemberCapRule(GroupSettings.withMemberCap(GroupSettings.DEFAULT_MEMBER_CAP));
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            members.add("m" + i + "@x");
        }
        Membership thirtyOne = Membership.of(List.of("owner@x"), List.of(), members);

        assertThat(tiktok.check(thirtyOne, List.of(new AffiliationChange("m31@x", Affiliation.MEMBER)))).isEmpty();
        members.add("m31@x");
        Membership thirtyTwo = Membership.of(List.of("owner@x"), List.of(), members);
        assertThat(tiktok.check(thirtyTwo, List.of(new AffiliationChange("m32@x", Affiliation.MEMBER)))).isPresent();
    }
}
