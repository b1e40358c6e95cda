package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.links.JoinRequest;

/** What {@link JdbcJoinRequests} does, on one database (see {@link StoreContract}). */
abstract class JoinRequestsContract extends StoreContract<JdbcJoinRequests> {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final String GROUP = "dance@groups.svgroups.test";
    static final String OTHER_GROUP = "skate@groups.svgroups.test";
    static final String BOB = "bob@svgroups.test";
    static final String CAROL = "carol@svgroups.test";
    static final String LINK = "0123456789abcdef";

    JoinRequestsContract(TestDatabase target) {
        super(target, JdbcJoinRequests::new, new Table(JdbcJoinRequests.TABLE,
                List.of("groupjid", "userjid", "linkid", "created"), List.of("groupjid", "userjid")));
    }

    @Test
    void oneRequestPerGroupAndUserTheFirstStands() {
        assertThat(store.saveIfAbsent(new JoinRequest(GROUP, BOB, LINK, T0))).isTrue();
        assertThat(store.saveIfAbsent(new JoinRequest(GROUP, BOB, "fedcba9876543210", T0.plusSeconds(1)))).isFalse();

        assertThat(store.find(GROUP, BOB)).contains(new JoinRequest(GROUP, BOB, LINK, T0));
        assertThat(store.find(OTHER_GROUP, BOB)).isEmpty();
    }

    @Test
    void listedByGroupAndByUserOldestFirst() {
        store.saveIfAbsent(new JoinRequest(GROUP, CAROL, LINK, T0.plusSeconds(1)));
        store.saveIfAbsent(new JoinRequest(GROUP, BOB, LINK, T0));
        store.saveIfAbsent(new JoinRequest(OTHER_GROUP, BOB, LINK, T0.plusSeconds(2)));

        assertThat(store.ofGroup(GROUP)).extracting(JoinRequest::user).containsExactly(BOB, CAROL);
        assertThat(store.ofUser(BOB)).extracting(JoinRequest::group).containsExactly(GROUP, OTHER_GROUP);
    }

    @Test
    void aRequestIsAnsweredOnceAndGoesWithItsGroupOrAge() {
        store.saveIfAbsent(new JoinRequest(GROUP, BOB, LINK, T0));
        store.saveIfAbsent(new JoinRequest(GROUP, CAROL, LINK, T0.plusSeconds(10)));
        store.saveIfAbsent(new JoinRequest(OTHER_GROUP, BOB, LINK, T0.plusSeconds(20)));

        assertThat(store.remove(GROUP, BOB)).isTrue();
        assertThat(store.remove(GROUP, BOB)).isFalse();
        assertThat(store.removeOlderThan(T0.plusSeconds(20))).isEqualTo(1);
        assertThat(store.removeGroup(OTHER_GROUP)).isEqualTo(1);
        assertThat(store.ofUser(BOB)).isEmpty();
        assertThat(store.ofUser(CAROL)).isEmpty();
    }

    @Test
    void valuesThatDoNotFitAreRefused() {
        assertThatThrownBy(() -> store.saveIfAbsent(new JoinRequest(GROUP, "b".repeat(256), LINK, T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.saveIfAbsent(new JoinRequest(GROUP, BOB, "", T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
