package org.svgroups.openfire;

import java.time.Instant;
import java.util.Optional;

import org.jivesoftware.util.cache.Cache;
import org.svgroups.core.reports.Suspensions;

/**
 * Suspensions read through a cluster-wide cache: the rules ask at every join, the database is asked once per user
 * and cache lifetime. A new suspension goes to the database, then to the cache, so that every node sees it at once.
 */
final class CachedSuspensions implements Suspensions {

    /** The cached value of a user never suspended. */
    private static final long NONE = Long.MIN_VALUE;

    private final Suspensions store;
    private final Cache<String, Long> cache;

    CachedSuspensions(Suspensions store, Cache<String, Long> cache) {
        this.store = store;
        this.cache = cache;
    }

    @Override
    public Optional<Instant> until(String user) {
        Long cached = cache.get(user);
        if (cached == null) {
            cached = store.until(user).map(Instant::toEpochMilli).orElse(NONE);
            cache.put(user, cached);
        }
        return cached == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(cached));
    }

    @Override
    public void suspend(String user, Instant until, long reportId) {
        store.suspend(user, until, reportId);
        cache.put(user, until.toEpochMilli());
    }
}
