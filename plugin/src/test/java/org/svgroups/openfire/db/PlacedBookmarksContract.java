package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What {@link JdbcPlacedBookmarks} does, on one database with the plugin's real scripts installed. */
abstract class PlacedBookmarksContract extends StoreContract<JdbcPlacedBookmarks> {

    static final String BOB = "bob@svgroups.test";
    static final String CAROL = "carol@svgroups.test";
    static final String DANCE = "dance@groups.svgroups.test";
    static final String SKATE = "skate@groups.svgroups.test";

    PlacedBookmarksContract(TestDatabase target) {
        super(target, JdbcPlacedBookmarks::new,
                new Table(JdbcPlacedBookmarks.TABLE, List.of("userjid", "groupjid"), List.of("userjid", "groupjid")));
    }

    @Test
    void aUsersBookmarksAreReplacedAsAWhole() {
        store.replace(BOB, Set.of(DANCE, SKATE));
        store.replace(CAROL, Set.of(DANCE));

        store.replace(BOB, Set.of(SKATE));

        assertThat(store.groupsOf(BOB)).containsExactly(SKATE);
        assertThat(store.groupsOf(CAROL)).containsExactly(DANCE);
        assertThat(store.holdersOf(DANCE)).containsExactly(CAROL);
        assertThat(store.holdersOf(SKATE)).containsExactly(BOB);
        assertThat(store.users()).containsExactlyInAnyOrder(BOB, CAROL);
    }

    @Test
    void aUserWithNoBookmarkLeftIsForgotten() {
        store.replace(BOB, Set.of(DANCE));

        store.replace(BOB, Set.of());

        assertThat(store.groupsOf(BOB)).isEmpty();
        assertThat(store.holdersOf(DANCE)).isEmpty();
        assertThat(store.users()).isEmpty();
    }

    @Test
    void addressesMatchExactly() {
        store.replace(BOB, Set.of(DANCE));

        assertThat(store.groupsOf("Bob@svgroups.test")).isEmpty();
        assertThat(store.holdersOf("dance@groups.svgroups.tes")).isEmpty();
    }

    @Test
    void anAddressTooLongChangesNothing() {
        store.replace(BOB, Set.of(DANCE));
        String tooLong = "x".repeat(JdbcPlacedBookmarks.MAX_JID_LENGTH - "@groups.svgroups.test".length() + 1)
                + "@groups.svgroups.test";

        assertThatThrownBy(() -> store.replace(BOB, Set.of(SKATE, tooLong))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.groupsOf(BOB)).containsExactly(DANCE);
    }
}
