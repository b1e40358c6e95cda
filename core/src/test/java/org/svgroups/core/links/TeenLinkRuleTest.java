package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.testing.Clocks;
import org.svgroups.core.testing.Directory;
import org.svgroups.core.testing.FollowTable;

class TeenLinkRuleTest {

    private final Directory people = new Directory().born("teen@x", "2009-06-01").born("adult@x", "1990-01-01");
    private final FollowTable graph = new FollowTable().friends("teen@x", "bob@x").follows("teen@x", "carol@x");
    private final AgePolicy ages = new AgePolicy(FixedGroupSettings.defaults(), Clocks.fixed());
    private final TeenLinkRule rule = new TeenLinkRule(graph, people, ages, FixedGroupSettings.defaults());

    @Test
    void aTeenWithAFriendInTheGroupMayJoin() {
        assertThat(rule.check(List.of("alice@x", "bob@x"), "teen@x")).isEmpty();
    }

    @Test
    void aTeenWithoutAFriendThereMayNotAndAOneWayFollowIsNoFriendship() {
        Refusal refusal = rule.check(List.of("alice@x", "carol@x"), "teen@x").orElseThrow();
        assertThat(refusal.condition()).isEqualTo(AppCondition.NOT_FRIENDS);
        assertThat(refusal.text()).isEqualTo(TeenLinkRule.NO_FRIEND_TEXT);
    }

    @Test
    void adultsAndPeopleWithoutBirthdateNeedNoFriend() {
        assertThat(rule.check(List.of("alice@x"), "adult@x")).isEmpty();
        assertThat(rule.check(List.of("alice@x"), "unknown@x")).isEmpty();
    }

    @Test
    void anUnreachableGraphRefusesUnlessTheFriendRuleSettingAllows() {
        FollowTable down = new FollowTable().unreachable();
        assertThat(new TeenLinkRule(down, people, ages, FixedGroupSettings.defaults()).check(List.of("bob@x"), "teen@x"))
                .map(Refusal::text).hasValueSatisfying(text -> assertThat(text).contains("unreachable"));
        assertThat(new TeenLinkRule(down, people, ages, FixedGroupSettings.defaults().withUnreachableGraphAllows(true))
                .check(List.of("bob@x"), "teen@x")).isEmpty();
    }
}
