package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.testing.Directory;
import org.svgroups.core.testing.FollowTable;

class FriendsOnlyRuleTest {

    private final FollowTable graph = new FollowTable().friends("alice", "bob").follows("alice", "carol");
    private final Directory people = new Directory();
    private final FriendsOnlyRule rule = new FriendsOnlyRule(graph, people, FixedGroupSettings.defaults());

    @Test
    void aFriendMayBeInvited() {
        assertThat(rule.check("alice", "bob")).isEmpty();
        assertThat(rule.check("bob", "alice")).isEmpty();
    }

    @Test
    void aOneWayFollowIsNotFriendshipInEitherDirection() {
        assertThat(rule.check("alice", "carol")).map(Refusal::condition).contains(AppCondition.NOT_FRIENDS);
        assertThat(rule.check("carol", "alice")).map(Refusal::condition).contains(AppCondition.NOT_FRIENDS);
    }

    @Test
    void aStrangerIsRefused() {
        assertThat(rule.check("alice", "mallory")).map(Refusal::condition).contains(AppCondition.NOT_FRIENDS);
    }

    @Test
    void aBlockLooksExactlyLikeNotBeingFriends() {
        Refusal notFriends = rule.check("alice", "mallory").orElseThrow();
        people.blocking("bob", "alice");

        assertThat(rule.check("alice", "bob")).contains(notFriends);
    }

    @Test
    void anUnreachableGraphRefusesAndSaysSoUnlessTheSettingAllows() {
        FollowTable down = new FollowTable().friends("alice", "bob").unreachable();

        Refusal refusal = new FriendsOnlyRule(down, people, FixedGroupSettings.defaults()).check("alice", "bob").orElseThrow();
        assertThat(refusal.condition()).isEqualTo(AppCondition.NOT_FRIENDS);
        assertThat(refusal.text()).contains("unreachable");

        assertThat(new FriendsOnlyRule(down, people, FixedGroupSettings.defaults().withUnreachableGraphAllows(true))
                .check("alice", "bob")).isEmpty();
    }
}
