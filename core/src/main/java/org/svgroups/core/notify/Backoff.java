package org.svgroups.core.notify;

import java.time.Duration;
import java.util.Objects;

/** How long to wait after consecutive failures: {@code initial}, doubled at each further failure, at most {@code cap}. */
public record Backoff(Duration initial, Duration cap) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(cap, "cap");
        if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= cap, not " + initial + " and " + cap);
        }
    }

    /** The wait after {@code failures} consecutive failures (1 or more). */
    public Duration delay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, not " + failures);
        }
        Duration delay = initial;
        // Doubling stops at the cap, so this never overflows however long the backend is down.
        for (int i = 1; i < failures && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
