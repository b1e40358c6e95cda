package org.svgroups.core.links;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * Guessing tokens does not pay: once a user has had so many tries refused as invalid in an hour (a fixed window
 * aligned on the epoch), every join by link they try, valid or not, is refused as rate-limited until the hour is
 * over. A token has 128 random bits, so 10 tries an hour leave a guess no chance. The counters are one per user
 * and window in the map the adapter gives (a cluster cache there), each increment under the lock the adapter gives
 * for its key (the cache's cluster lock), so that nodes do not lose each other's counts.
 */
public final class LinkGuessLimit {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Map<String, Integer> failures;
    private final Function<String, Lock> locks;
    private final IntSupplier limit;
    private final Clock clock;

    public LinkGuessLimit(Map<String, Integer> failures, Function<String, Lock> locks, IntSupplier limit, Clock clock) {
        this.failures = failures;
        this.locks = locks;
        this.limit = limit;
        this.clock = clock;
    }

    /** Refuses the user's try when they used up this hour's failed tries. */
    public Optional<Refusal> check(String user) {
        long window = clock.millis() / WINDOW.toMillis();
        int max = limit.getAsInt();
        if (failures.getOrDefault(key(user, window), 0) < max) {
            return Optional.empty();
        }
        Instant retry = Instant.ofEpochMilli((window + 1) * WINDOW.toMillis());
        return Optional.of(Refusal.of(AppCondition.RATE_LIMITED, "Too many invalid invite links (" + max
                + " in an hour). Try again after " + TIME.format(retry) + "."));
    }

    /** Counts a try refused as invalid. */
    public void failed(String user) {
        String key = key(user, clock.millis() / WINDOW.toMillis());
        Lock lock = locks.apply(key);
        lock.lock();
        try {
            failures.merge(key, 1, Integer::sum);
        } finally {
            lock.unlock();
        }
    }

    private static String key(String user, long window) {
        return user + "#" + window;
    }
}
