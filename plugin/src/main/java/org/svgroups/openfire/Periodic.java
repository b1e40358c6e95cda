package org.svgroups.openfire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.TimerTask;

import org.jivesoftware.util.TaskEngine;

/**
 * Rare work (hourly purges) on Openfire's TaskEngine that does not keep an unloaded plugin alive. TaskEngine runs its
 * tasks from a {@link java.util.Timer}, which drops a cancelled task only when it next comes due, and offers no purge:
 * an hourly task held the plugin's class loader, and whatever the task reaches, for up to an hour after each unload
 * (20 reloads under load left 20 class loaders). This task comes due every {@link #TICK} and does its work once the
 * period has passed, so a cancelled one is gone within a tick.
 */
final class Periodic extends TimerTask {

    static final Duration TICK = Duration.ofSeconds(10);

    private final Runnable work;
    private final Duration period;
    private final Clock clock;
    private Instant due;

    /** @param delay from now to the first run */
    Periodic(Runnable work, Duration delay, Duration period, Clock clock) {
        this.work = work;
        this.period = period;
        this.clock = clock;
        this.due = clock.instant().plus(delay);
    }

    void start() {
        TaskEngine.getInstance().schedule(this, Duration.ZERO, TICK);
    }

    void stop() {
        TaskEngine.getInstance().cancelScheduledTask(this);
    }

    @Override
    public void run() {
        if (take()) {
            work.run();
        }
    }

    /** The next run is set before this one works, so that a tick during long work does not start it again. */
    private synchronized boolean take() {
        Instant now = clock.instant();
        if (now.isBefore(due)) {
            return false;
        }
        due = now.plus(period);
        return true;
    }
}
