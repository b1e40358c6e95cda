package org.svgroups.core.archive;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives each archived message its order key: the delivery time in epoch milliseconds times 1000, plus a counter
 * when several messages share a millisecond. Keys only ever grow (a clock set back repeats the last key plus one),
 * so that the order of the archive is the order of delivery, and a key's millisecond ({@code key / 1000}) is its
 * time: time filters and id paging use the same index. Lock-free: one compare-and-set per message.
 */
public final class ArchiveClock {

    static final long PER_MILLI = 1000;

    private final Clock clock;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    public ArchiveClock(Clock clock) {
        this.clock = clock;
    }

    /** The next order key. */
    public long next() {
        long now = Math.multiplyExact(clock.millis(), PER_MILLI);
        return last.accumulateAndGet(now, (previous, candidate) -> Math.max(previous + 1, candidate));
    }

    /** The smallest order key of the millisecond {@code epochMillis}. */
    public static long firstKeyOf(long epochMillis) {
        return Math.multiplyExact(epochMillis, PER_MILLI);
    }

    /** The millisecond of an order key. */
    public static long millisOf(long key) {
        return Math.floorDiv(key, PER_MILLI);
    }
}
