package org.svgroups.loadgen;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies in microseconds, recorded from many threads without locks into log-linear buckets: exact below 128 µs,
 * then 64 buckets per power of two (each at most 1/64, about 1.6 %, wide), up to {@link #MAX_MICROS}. A percentile
 * is reported as the upper end of its bucket, so it is never below the true value and at most 1.6 % above it.
 */
final class LatencyHistogram {

    /** Anything slower is recorded as this (about 18 minutes): a lost message is counted elsewhere. */
    static final long MAX_MICROS = (1L << 30) - 1;

    private static final int LINEAR = 128;
    private static final int SUB_BUCKETS = 64;
    private static final int SUB_BITS = 6;

    private final AtomicLongArray counts = new AtomicLongArray(index(MAX_MICROS) + 1);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    /** Records one latency; negative values (a clock going backwards) count as zero. */
    void record(long micros) {
        long value = Math.min(Math.max(micros, 0), MAX_MICROS);
        counts.incrementAndGet(index(value));
        total.incrementAndGet();
        max.accumulateAndGet(value, Math::max);
    }

    long count() {
        return total.get();
    }

    long max() {
        return max.get();
    }

    /**
     * The smallest bucket bound that at least {@code percent} % of the recorded values do not exceed, or 0 when
     * nothing was recorded.
     *
     * @param percent in (0, 100]
     */
    long percentile(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("a percentile is in (0, 100], not " + percent);
        }
        long n = total.get();
        if (n == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(percent / 100 * n);
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upperBound(i), max.get());
            }
        }
        return max.get();
    }

    static int index(long micros) {
        if (micros < LINEAR) {
            return (int) micros;
        }
        int shift = 63 - Long.numberOfLeadingZeros(micros) - SUB_BITS;
        return LINEAR + (shift - 1) * SUB_BUCKETS + (int) ((micros >> shift) - SUB_BUCKETS);
    }

    /** The largest value that falls into bucket {@code index}. */
    static long upperBound(int index) {
        if (index < LINEAR) {
            return index;
        }
        int shift = (index - LINEAR) / SUB_BUCKETS + 1;
        long sub = (index - LINEAR) % SUB_BUCKETS + SUB_BUCKETS;
        return ((sub + 1) << shift) - 1;
    }
}
