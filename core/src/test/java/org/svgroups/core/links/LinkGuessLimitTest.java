package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.testing.MovableClock;

class LinkGuessLimitTest {

    private final MovableClock clock = new MovableClock("2026-11-25T10:30:00Z");
    private final Map<String, Lock> locks = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();
    private final LinkGuessLimit limit = new LinkGuessLimit(failures, key -> locks.computeIfAbsent(key, k -> new ReentrantLock()),
            () -> 10, clock);

    @Test
    void tenFailedTriesAnHourThenEveryTryIsRefusedUntilTheHourEnds() {
        for (int i = 0; i < 10; i++) {
            assertThat(limit.check("mallory@x")).isEmpty();
            limit.failed("mallory@x");
        }
        Refusal refusal = limit.check("mallory@x").orElseThrow();
        assertThat(refusal.condition()).isEqualTo(AppCondition.RATE_LIMITED);
        assertThat(refusal.text()).contains("2026-11-25 11:00 UTC");
        assertThat(limit.check("alice@x")).isEmpty();

        clock.set("2026-11-25T11:00:00Z");
        assertThat(limit.check("mallory@x")).isEmpty();
    }

    @Test
    void tenThousandGuessesOfATokenAllFail() {
        // What a guesser gets against a group with one real link: every guess is either an unknown token or refused
        // as rate-limited, and the counter stops the guessing after the limit.
        String real = LinkToken.hash(new LinkToken(new SecureRandom()).generate());
        LinkToken guesser = new LinkToken(new SecureRandom());
        int limited = 0;
        for (int i = 0; i < 10_000; i++) {
            Optional<Refusal> refused = limit.check("mallory@x");
            if (refused.isPresent()) {
                limited++;
                continue;
            }
            assertThat(LinkToken.hash(guesser.generate())).isNotEqualTo(real);
            limit.failed("mallory@x");
        }
        assertThat(limited).isEqualTo(10_000 - 10);
    }

    @Test
    void concurrentFailuresAreAllCounted() throws InterruptedException {
        // A map with no safety of its own (as a cluster cache's read-then-write is not atomic): the lock must do it.
        Map<String, Integer> shared = new HashMap<>();
        LinkGuessLimit counting = new LinkGuessLimit(shared, key -> locks.computeIfAbsent(key, k -> new ReentrantLock()),
                () -> 10, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 800; i++) {
            pool.execute(() -> counting.failed("mallory@x"));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(shared.values()).containsExactly(800);
    }

    @Test
    void theLimitIsReadOnEachTry() {
        int[] max = {1};
        LinkGuessLimit live = new LinkGuessLimit(failures, key -> new ReentrantLock(), () -> max[0], clock);
        live.failed("mallory@x");
        assertThat(live.check("mallory@x")).isPresent();

        max[0] = 2;
        assertThat(live.check("mallory@x")).isEmpty();
    }
}
