package org.svgroups.core.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MemberBookmarksRuleTest {

    private static final String SERVICE = "groups.example.org";
    private final MemberBookmarksRule rule = new MemberBookmarksRule(SERVICE);

    private static GroupBookmark group(String node, String name) {
        return new GroupBookmark(node + "@" + SERVICE, name, "alice");
    }

    @Test
    void addsEveryGroupToEmptyStorage() {
        BookmarkPlan plan = rule.plan(List.of(), List.of(group("dance", "Dance crew"), group("skate", "Skate")));

        assertThat(plan.remove()).isEmpty();
        assertThat(plan.rename()).isEmpty();
        assertThat(plan.add()).containsExactly(group("dance", "Dance crew"), group("skate", "Skate"));
    }

    @Test
    void leavesStorageThatAlreadyListsTheGroupsAlone() {
        BookmarkPlan plan = rule.plan(List.of(new StoredConference("dance@" + SERVICE, "Dance crew")),
                List.of(group("dance", "Dance crew")));

        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void removesGroupsTheUserNoLongerBelongsToAndKeepsOtherServicesRooms() {
        List<StoredConference> stored = List.of(
                new StoredConference("chess@conference.example.org", "Chess club"),
                new StoredConference("gone@" + SERVICE, "Old group"),
                new StoredConference("dance@" + SERVICE, "Dance crew"),
                new StoredConference("chat@other.example.net", null));

        BookmarkPlan plan = rule.plan(stored, List.of(group("dance", "Dance crew")));

        assertThat(plan.remove()).containsExactly(1);
        assertThat(plan.rename()).isEmpty();
        assertThat(plan.add()).isEmpty();
    }

    @Test
    void renamesAnEntryWhoseGroupWasRenamedOrThatHasNoName() {
        BookmarkPlan plan = rule.plan(List.of(new StoredConference("dance@" + SERVICE, "Dance"),
                        new StoredConference("skate@" + SERVICE, null)),
                List.of(group("dance", "Dance crew"), group("skate", "Skate")));

        assertThat(plan.rename()).isEqualTo(Map.of(0, "Dance crew", 1, "Skate"));
        assertThat(plan.remove()).isEmpty();
        assertThat(plan.add()).isEmpty();
    }

    @Test
    void keepsOneEntryPerGroupComparingAddressesWithoutCase() {
        BookmarkPlan plan = rule.plan(List.of(new StoredConference("Dance@Groups.Example.org", "Dance crew"),
                        new StoredConference("dance@" + SERVICE, "Dance crew")),
                List.of(group("dance", "Dance crew"), group("dance", "Dance crew")));

        assertThat(plan.remove()).containsExactly(1);
        assertThat(plan.add()).isEmpty();
    }

    @Test
    void aUserInNoGroupKeepsNoGroupBookmark() {
        BookmarkPlan plan = rule.plan(List.of(new StoredConference("dance@" + SERVICE, "Dance crew"),
                new StoredConference("x@conference.example.org", "X")), List.of());

        assertThat(plan.remove()).containsExactly(0);
        assertThat(plan.add()).isEmpty();
    }

    @Test
    void onlyRoomsOfTheServiceAreGroups() {
        assertThat(rule.isGroup("dance@" + SERVICE)).isTrue();
        assertThat(rule.isGroup("dance@GROUPS.example.org")).isTrue();
        assertThat(rule.isGroup(SERVICE)).as("the service itself").isFalse();
        assertThat(rule.isGroup("dance@sub." + SERVICE)).isFalse();
        assertThat(rule.isGroup("dance@conference.example.org")).isFalse();
        assertThat(rule.isGroup("dance@" + SERVICE + "/nick")).as("not a bare room address").isFalse();
    }
}
