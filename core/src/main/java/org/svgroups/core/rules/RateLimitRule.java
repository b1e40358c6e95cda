package org.svgroups.core.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * At most so many actions of one kind per user and period (groups created per day, invitations sent per hour).
 * Fixed windows aligned on the epoch: simple to share across a cluster (one counter per user and window in the
 * map the adapter gives, an Openfire cache there) and exact about when to retry.
 */
public final class RateLimitRule {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final String action;
    private final Map<String, Integer> counts;
    private final Duration window;
    private final IntSupplier limit;
    private final Clock clock;

    /**
     * @param action what is counted, in words for the refusal ("groups created today")
     * @param counts counters by user and window; entries older than a window may be dropped at any time
     */
    public RateLimitRule(String action, Map<String, Integer> counts, Duration window, IntSupplier limit, Clock clock) {
        this.action = action;
        this.counts = counts;
        this.window = window;
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts {@code n} actions of the user, or refuses them all when that would go over the limit. */
    public synchronized Optional<Refusal> acquire(String user, int n) {
        long now = clock.millis();
        long windowIndex = now / window.toMillis();
        String key = user + "#" + windowIndex;
        int used = counts.getOrDefault(key, 0);
        int max = limit.getAsInt();
        if (used + n > max) {
            Instant retry = Instant.ofEpochMilli((windowIndex + 1) * window.toMillis());
            long minutes = Math.max(1, Duration.between(Instant.ofEpochMilli(now), retry).toMinutes());
            return Optional.of(Refusal.of(AppCondition.RATE_LIMITED, "Limit reached: " + max + " " + action
                    + ". Try again after " + TIME.format(retry) + " (in " + minutes + " min)."));
        }
        counts.put(key, used + n);
        return Optional.empty();
    }
}
