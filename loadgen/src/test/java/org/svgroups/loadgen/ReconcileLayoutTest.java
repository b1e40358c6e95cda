package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReconcileLayoutTest {

    @Test
    void tenThousandUsersMakeGroupsOfEightEachUserInOneToThreeOfThem() {
        ReconcileLayout layout = new ReconcileLayout(10_000, 8);
        assertThat(layout.memberships()).isEqualTo(19_999);
        assertThat(layout.groups()).isEqualTo(2_500);
        assertThat(layout.members(0)).hasSize(8).startsWith(0, 1_250);
        assertThat(layout.members(2_499)).hasSize(7);
        assertMembershipsAdd(layout);
    }

    @Test
    void slotsGoUserByUser() {
        ReconcileLayout layout = new ReconcileLayout(8, 4);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13).stream().map(layout::userOfSlot).toList())
                .containsExactly(0, 1, 1, 2, 2, 2, 3, 4, 4, 5, 5, 5, 6, 7);
        // 6 + 6 + 1 + 2 = 15 slots in 4 groups: 4, 4, 4, 3.
        assertThat(layout.memberships()).isEqualTo(15);
        assertThat(layout.groups()).isEqualTo(4);
        assertThat(layout.members(0)).containsExactly(0, 2, 4, 6);
        assertThat(layout.members(3)).containsExactly(2, 4, 5);
    }

    @Test
    void smallLayoutsNeverPutAUserTwiceIntoAGroup() {
        for (int size = 2; size <= 9; size++) {
            for (int users = 2 * size; users <= 2 * size + 7; users++) {
                assertMembershipsAdd(new ReconcileLayout(users, size));
            }
        }
    }

    @Test
    void refusesTooFewUsers() {
        assertThatThrownBy(() -> new ReconcileLayout(15, 8)).hasMessageContaining("at least 2 x 8 users, not 15");
        assertThatThrownBy(() -> new ReconcileLayout(10, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every user is in exactly u mod 3 + 1 distinct groups, and no group is bigger than the size. */
    private static void assertMembershipsAdd(ReconcileLayout layout) {
        Map<Integer, Integer> groupsOf = new HashMap<>();
        for (int g = 0; g < layout.groups(); g++) {
            List<Integer> members = layout.members(g);
            assertThat(members).hasSizeLessThanOrEqualTo(layout.size()).isNotEmpty();
            assertThat(new HashSet<>(members)).as("group %d of %s", g, layout).hasSameSizeAs(members);
            members.forEach(u -> groupsOf.merge(u, 1, Integer::sum));
        }
        assertThat(groupsOf).hasSize(layout.users());
        groupsOf.forEach((u, count) -> assertThat(count).as("user %d", u).isEqualTo(layout.groupCount(u)));
    }
}
