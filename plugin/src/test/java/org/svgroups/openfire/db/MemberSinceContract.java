package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@link JdbcMemberSince} does, on one database (see {@link StoreContract}). */
abstract class MemberSinceContract extends StoreContract<JdbcMemberSince> {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final String GROUP = "dance@groups.svgroups.test";
    static final String OTHER_GROUP = "skate@groups.svgroups.test";
    static final String BOB = "bob@svgroups.test";
    static final String CAROL = "carol@svgroups.test";

    MemberSinceContract(TestDatabase target) {
        super(target, JdbcMemberSince::new, new Table(JdbcMemberSince.TABLE,
                List.of("groupjid", "userjid", "membersince"), List.of("groupjid", "userjid")));
    }

    @Test
    void theFirstRecordedMomentStandsUntilForgotten() {
        assertThat(store.since(GROUP, BOB)).isEmpty();

        assertThat(store.recordIfAbsent(GROUP, BOB, T0)).isTrue();
        assertThat(store.recordIfAbsent(GROUP, BOB, T0.plusSeconds(60))).isFalse();
        assertThat(store.since(GROUP, BOB)).contains(T0);
        assertThat(store.since(OTHER_GROUP, BOB)).isEmpty();
        assertThat(store.since(GROUP, "Bob@svgroups.test")).isEmpty();

        store.forget(GROUP, BOB);
        store.forget(GROUP, CAROL);
        assertThat(store.since(GROUP, BOB)).isEmpty();
        assertThat(store.recordIfAbsent(GROUP, BOB, T0.plusSeconds(120))).isTrue();
        assertThat(store.since(GROUP, BOB)).contains(T0.plusSeconds(120));
    }

    @Test
    void listsWhoseMomentsAreKeptByGroup() {
        store.recordIfAbsent(GROUP, BOB, T0);
        store.recordIfAbsent(GROUP, CAROL, T0);
        store.recordIfAbsent(OTHER_GROUP, BOB, T0);
        store.forget(OTHER_GROUP, BOB);

        assertThat(store.usersOf(GROUP)).containsExactlyInAnyOrder(BOB, CAROL);
        assertThat(store.usersOf(OTHER_GROUP)).isEmpty();
        assertThat(store.groups()).containsExactly(GROUP);
    }

    @Test
    void forgettingAGroupForgetsEveryoneInItOnly() {
        store.recordIfAbsent(GROUP, BOB, T0);
        store.recordIfAbsent(GROUP, CAROL, T0.plusMillis(1));
        store.recordIfAbsent(OTHER_GROUP, BOB, T0.plusMillis(2));

        store.forgetGroup(GROUP);

        assertThat(store.since(GROUP, BOB)).isEmpty();
        assertThat(store.since(GROUP, CAROL)).isEmpty();
        assertThat(store.since(OTHER_GROUP, BOB)).contains(T0.plusMillis(2));
    }

    @Test
    void valuesThatDoNotFitAreRefused() {
        assertThatThrownBy(() -> store.recordIfAbsent("", BOB, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.recordIfAbsent(GROUP, "b".repeat(256), T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.recordIfAbsent(GROUP, BOB, Instant.MAX)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.since(GROUP, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.since(GROUP, BOB)).isEmpty();
    }
}
