package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void groupsTakeConsecutiveUsersWrappingAroundAndInviteesAreNotMembers() {
        Layout layout = new Layout(10, 3, 4, 2);
        assertThat(layout.members(0)).containsExactly(0, 1, 2, 3);
        assertThat(layout.members(2)).containsExactly(8, 9, 0, 1);
        assertThat(layout.owner(2)).isEqualTo(8);
        assertThat(layout.invitees(2)).containsExactly(2, 3).doesNotContainAnyElementsOf(layout.members(2));
        assertThat(layout.groupsOf(0)).containsExactly(0, 2);
        assertThat(layout.groupsOf(5)).containsExactly(1);
    }

    @Test
    void rostersAreAStarAroundEachOwner() {
        Layout layout = new Layout(10, 1, 3, 1);
        assertThat(layout.friendships()).containsExactly(List.of(0, 1), List.of(0, 2), List.of(0, 3));
    }

    @Test
    void invitationsFromTheOptionsOnlyWhenAMixInvites() {
        assertThat(Layout.of(Options.parse("--users", "32")).invitees()).isZero();
        assertThat(Layout.of(Options.parse("--users", "40", "--mix", "message=1,invite=1")).invitees()).isEqualTo(4);
        assertThatThrownBy(() -> new Layout(5, 1, 4, 2)).hasMessageContaining("needs more than 5 users");
    }
}
