package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LinkJoinLayoutTest {

    @Test
    void threeHundredJoinersFillTenGroupsOf32SideBySide() {
        LinkJoinLayout layout = new LinkJoinLayout(300, 32, 3);
        assertThat(layout.groups()).isEqualTo(10);
        assertThat(IntStream.range(0, 10).map(layout::joinersIn).toArray()).containsOnly(30);
        assertThat(List.of(0, 1, 9, 10, 299).stream().map(layout::groupOf).toList()).containsExactly(0, 1, 9, 0, 9);
    }

    @Test
    void noGroupGoesOverItsSizeAndEveryJoinerIsCounted() {
        for (int joins = 1; joins <= 70; joins++) {
            LinkJoinLayout layout = new LinkJoinLayout(joins, 8, 1);
            int[] counted = new int[layout.groups()];
            for (int j = 0; j < joins; j++) {
                counted[layout.groupOf(j)]++;
            }
            for (int g = 0; g < layout.groups(); g++) {
                assertThat(counted[g]).isEqualTo(layout.joinersIn(g)).isBetween(1, 7);
            }
        }
    }

    @Test
    void everyRunHasJoinersOfItsOwnWhoJoinNothingElse() {
        LinkJoinLayout layout = new LinkJoinLayout(5, 32, 3);
        assertThat(layout.joiners()).isEqualTo(30);
        Set<Integer> seen = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            for (LinkJoinLayout.Kind kind : LinkJoinLayout.Kind.values()) {
                List<Integer> joiners = layout.joinersOf(round, kind);
                assertThat(joiners).hasSize(5).allMatch(seen::add);
            }
        }
        assertThat(seen).hasSize(30).allMatch(j -> j >= 0 && j < 30);
        assertThat(layout.joinersOf(0, LinkJoinLayout.Kind.MINOR_OWNER)).startsWith(5);
    }

    @Test
    void refusesLayoutsThatCannotRun() {
        assertThatThrownBy(() -> new LinkJoinLayout(0, 32, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkJoinLayout(10, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
