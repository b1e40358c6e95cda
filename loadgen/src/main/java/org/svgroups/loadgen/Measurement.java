package org.svgroups.loadgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

/**
 * The bookkeeping of one run: operations in flight (each holds one of the {@code --concurrency} permits until it
 * completes or is given up), and per metric the operations started, deliveries and latencies of the measured
 * window. Only operations started inside the window count, so warmup traffic and late stragglers of a previous run
 * do not.
 */
final class Measurement {

    /** An operation in flight: when it started and under which metric it counts. */
    record Pending(long startNanos, String metric) {
    }

    /** An operation not completed this long after it started is given up and counted as lost. */
    static final long GIVE_UP_NANOS = 10_000_000_000L;

    final int id;
    private final Semaphore permits;
    private final Map<String, Pending> inFlight = new ConcurrentHashMap<>();
    private final Map<String, LatencyHistogram> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> operations = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> deliveries = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> lost = new ConcurrentHashMap<>();
    /** Every delivery and start, window or not, for the progress line. */
    final LongAdder allDeliveries = new LongAdder();
    final LongAdder allStarts = new LongAdder();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private volatile String firstError;

    Measurement(int id, int concurrency) {
        this.id = id;
        this.permits = new Semaphore(concurrency);
    }

    void openWindow(long now) {
        windowStart = now;
    }

    void closeWindow(long now) {
        windowEnd = now;
    }

    long windowNanos() {
        return windowEnd - windowStart;
    }

    boolean inWindow(long startNanos) {
        return startNanos >= windowStart && startNanos < windowEnd;
    }

    void acquire() throws InterruptedException {
        permits.acquire();
    }

    /** Gives back a permit taken for an operation that could not be started. */
    void release() {
        permits.release();
    }

    /** Records the start of an operation that will complete under {@code key}. */
    void started(String key, Pending pending) {
        inFlight.put(key, pending);
        allStarts.increment();
        if (inWindow(pending.startNanos())) {
            counter(operations, pending.metric()).increment();
        }
    }

    /** An operation that completes where it starts (a join): start and completion in one. */
    void startedAndCompleted(String metric, long startNanos, long endNanos) {
        allStarts.increment();
        if (inWindow(startNanos)) {
            counter(operations, metric).increment();
        }
        delivered(metric, startNanos, endNanos);
        permits.release();
    }

    /** One copy arrived somewhere; latencies of operations outside the window are not recorded. */
    void delivered(String metric, long startNanos, long nowNanos) {
        allDeliveries.increment();
        if (inWindow(startNanos)) {
            counter(deliveries, metric).increment();
            latencies.computeIfAbsent(metric, m -> new LatencyHistogram()).record((nowNanos - startNanos) / 1000);
        }
    }

    /** @return the operation, if it was still in flight (its permit is given back) */
    Pending complete(String key) {
        Pending pending = inFlight.remove(key);
        if (pending != null) {
            permits.release();
        }
        return pending;
    }

    /** An operation failed (refused, timed out): it counts as lost; the first reason is kept for the report. */
    void failed(String key, String metric, long startNanos, String reason) {
        if (key == null || inFlight.remove(key) != null) {
            permits.release();
            if (inWindow(startNanos)) {
                counter(lost, metric).increment();
            }
            if (firstError == null) {
                firstError = reason;
            }
        }
    }

    /** Gives up operations in flight for longer than {@link #GIVE_UP_NANOS} (or all, with {@code all}). */
    void giveUp(long now, boolean all) {
        inFlight.forEach((key, pending) -> {
            if (all || now - pending.startNanos() > GIVE_UP_NANOS) {
                failed(key, pending.metric(), pending.startNanos(), "no answer within " + GIVE_UP_NANOS / 1_000_000_000 + " s");
            }
        });
    }

    int inFlight() {
        return inFlight.size();
    }

    String firstError() {
        return firstError;
    }

    long p99(String metric) {
        LatencyHistogram histogram = latencies.get(metric);
        return histogram == null ? 0 : histogram.percentile(99);
    }

    List<RunResult> results(String variant, int round) {
        List<RunResult> results = new ArrayList<>();
        double seconds = windowNanos() / 1e9;
        for (String metric : operations.keySet().stream().sorted().toList()) {
            LatencyHistogram h = latencies.getOrDefault(metric, new LatencyHistogram());
            results.add(new RunResult(variant, round, metric, operations.get(metric).sum(), count(lost, metric),
                    count(deliveries, metric), seconds, h.percentile(50), h.percentile(90), h.percentile(99), h.max()));
        }
        return results;
    }

    private static long count(Map<String, LongAdder> counters, String metric) {
        LongAdder adder = counters.get(metric);
        return adder == null ? 0 : adder.sum();
    }

    private static LongAdder counter(Map<String, LongAdder> counters, String metric) {
        return counters.computeIfAbsent(metric, m -> new LongAdder());
    }
}
