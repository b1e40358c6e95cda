package org.svgroups.openfire.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.notify.Notifier;
import org.svgroups.core.notify.NotifyStats;

/**
 * The one daemon thread that runs the {@link Notifier}: started when the plugin loads, stopped (interrupted and
 * joined, for a bounded time) when it unloads. It logs failures when they start and when they end rather than at
 * every retry, and dropped events at most once a minute.
 */
public final class NotifyWorker {

    private static final Logger Log = LoggerFactory.getLogger(NotifyWorker.class);
    /** How long the thread waits for an event before looking again (so that it notices it is stopped). */
    private static final Duration IDLE_WAIT = Duration.ofSeconds(1);
    private static final Duration DROP_LOG_PERIOD = Duration.ofMinutes(1);

    private final Notifier notifier;
    private final Clock clock;
    private final Thread thread;
    private volatile boolean running;

    /** Only the worker thread reads and writes these. */
    private boolean failing;
    private long failuresSeen;
    private long sentSeen;
    private long droppedLogged;
    private Instant dropLoggedAt = Instant.MIN;

    public NotifyWorker(Notifier notifier, Clock clock) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thread = new Thread(this::run, "svgroups-notify");
        thread.setDaemon(true);
    }

    public void start() {
        running = true;
        thread.start();
    }

    /**
     * Stops the thread: a POST in progress is cancelled; waits for it at most {@code wait}.
     *
     * @return whether the thread ended within that time
     */
    public boolean stop(Duration wait) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(wait.toMillis());
        NotifyStats stats = notifier.stats();
        if (stats.queued() > 0) {
            Log.info("svgroups stopped notifying with {} events not sent.", stats.queued());
        }
        return !thread.isAlive();
    }

    public NotifyStats stats() {
        return notifier.stats();
    }

    private void run() {
        while (running) {
            try {
                Duration wait = notifier.step(IDLE_WAIT);
                report();
                if (!wait.isZero()) {
                    Thread.sleep(Math.max(1, wait.toMillis()));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A bug must not end notifying for good; the pause keeps a persistent one from spinning.
                Log.error("svgroups notifier failed; going on", e);
                try {
                    Thread.sleep(IDLE_WAIT.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    private void report() {
        NotifyStats stats = notifier.stats();
        if (stats.failedAttempts() > failuresSeen && !failing) {
            failing = true;
            Log.warn("svgroups could not deliver events to the app backend ({}); retrying with backoff.", stats.lastError());
        } else if (failing && stats.sent() > sentSeen) {
            failing = false;
            Log.info("svgroups delivers events to the app backend again.");
        }
        failuresSeen = stats.failedAttempts();
        sentSeen = stats.sent();
        if (stats.dropped() > droppedLogged && !clock.instant().isBefore(dropLoggedAt.plus(DROP_LOG_PERIOD))) {
            Log.warn("svgroups dropped {} notify events (queue full or delivery given up); {} in all.",
                    stats.dropped() - droppedLogged, stats.dropped());
            droppedLogged = stats.dropped();
            dropLoggedAt = clock.instant();
        }
    }
}
