package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.LinkState;

/** What {@link JdbcInviteLinks} does, on one database (see {@link StoreContract}). */
abstract class InviteLinksContract extends StoreContract<JdbcInviteLinks> {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final Instant EXPIRES = T0.plusSeconds(7 * 86_400);
    static final String GROUP = "dance@groups.svgroups.test";
    static final String OTHER_GROUP = "skate@groups.svgroups.test";
    static final String ALICE = "alice@svgroups.test";
    static final String HASH = "a".repeat(64);
    static final String OTHER_HASH = "b".repeat(64);

    InviteLinksContract(TestDatabase target) {
        super(target, JdbcInviteLinks::new, new Table(JdbcInviteLinks.TABLE, List.of("tokenhash", "linkid", "groupjid",
                "creator", "created", "expires", "maxuses", "uses", "revoked"), List.of("tokenhash")));
    }

    static InviteLink link(String id, String group, int maxUses) {
        return new InviteLink(id, group, ALICE, T0, EXPIRES, maxUses, 0, false);
    }

    @Test
    void aLinkIsFoundByTheHashOfItsTokenAndByItsIdInItsGroupOnly() {
        store.save(link("0000000000000001", GROUP, 3), HASH);

        assertThat(store.findByHash(HASH)).contains(link("0000000000000001", GROUP, 3));
        assertThat(store.findByHash(OTHER_HASH)).isEmpty();
        assertThat(store.find(GROUP, "0000000000000001")).isPresent();
        assertThat(store.find(OTHER_GROUP, "0000000000000001")).isEmpty();
    }

    @Test
    void usesAreCountedUpToTheMaximumThenRefused() {
        store.save(link("0000000000000001", GROUP, 2), HASH);

        assertThat(store.use(HASH, T0)).isTrue();
        assertThat(store.use(HASH, T0)).isTrue();
        assertThat(store.use(HASH, T0)).isFalse();
        assertThat(store.findByHash(HASH).orElseThrow().state(T0)).isEqualTo(LinkState.USED_UP);
        assertThat(store.use(OTHER_HASH, T0)).isFalse();
    }

    @Test
    void aRevokedOrExpiredLinkCountsNoUse() {
        store.save(link("0000000000000001", GROUP, 0), HASH);
        store.save(link("0000000000000002", GROUP, 0), OTHER_HASH);

        assertThat(store.revoke(GROUP, "0000000000000001")).isTrue();
        assertThat(store.revoke(OTHER_GROUP, "0000000000000002")).isFalse();
        assertThat(store.use(HASH, T0)).isFalse();
        assertThat(store.findByHash(HASH).orElseThrow().revoked()).isTrue();
        assertThat(store.use(OTHER_HASH, EXPIRES)).isFalse();
        assertThat(store.use(OTHER_HASH, EXPIRES.minusMillis(1))).isTrue();
    }

    @Test
    void theLastUseGoesToOnePersonOnlyHoweverManyTryAtOnce() throws Exception {
        store.save(link("0000000000000001", GROUP, 1), HASH);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> uses = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Boolean> use = () -> {
                start.await();
                return store.use(HASH, T0);
            };
            uses.add(pool.submit(use));
        }
        start.countDown();
        int counted = 0;
        for (Future<Boolean> use : uses) {
            counted += use.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(counted).isEqualTo(1);
        assertThat(store.findByHash(HASH).orElseThrow().uses()).isEqualTo(1);
    }

    @Test
    void listsAGroupsLinksOldestFirstAndPurgesThemByExpiryOrGroup() {
        store.save(new InviteLink("0000000000000002", GROUP, ALICE, T0.plusSeconds(1), EXPIRES, 0, 0, false), HASH);
        store.save(link("0000000000000001", GROUP, 0), OTHER_HASH);
        store.save(new InviteLink("0000000000000003", OTHER_GROUP, ALICE, T0, T0.plusSeconds(60), 0, 0, false), "c".repeat(64));

        assertThat(store.ofGroup(GROUP)).extracting(InviteLink::id).containsExactly("0000000000000001", "0000000000000002");
        assertThat(store.removeExpired(T0.plusSeconds(60))).isEqualTo(1);
        assertThat(store.ofGroup(OTHER_GROUP)).isEmpty();
        assertThat(store.removeGroup(GROUP)).isEqualTo(2);
        assertThat(store.findByHash(HASH)).isEmpty();
    }

    @Test
    void valuesThatDoNotFitAreRefused() {
        assertThatThrownBy(() -> store.save(link("0000000000000001", GROUP, 0), "a".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.save(link("0000000000000001", "g".repeat(256), 0), HASH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
