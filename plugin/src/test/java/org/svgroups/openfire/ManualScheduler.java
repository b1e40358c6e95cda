package org.svgroups.openfire;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A single "thread" the test turns by hand: tasks run when the test says so, delayed ones when it lets time pass. */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final Deque<Runnable> ready = new ArrayDeque<>();
    public final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> delayed = new ArrayList<>();
    boolean shutdown;

    /** Runs every ready task, and those they queue, in order. */
    public void runReady() {
        while (!ready.isEmpty()) {
            ready.poll().run();
        }
    }

    /** Runs the first ready task only. */
    public void runOne() {
        ready.poll().run();
    }

    /** Makes every delayed task ready, as if their time had come, and runs them. */
    public void letTimePass() {
        ready.addAll(delayed);
        delayed.clear();
        runReady();
    }

    @Override
    public void execute(Runnable command) {
        ready.add(command);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delays.add(Duration.ofNanos(unit.toNanos(delay)));
        delayed.add(command);
        return null;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.copyOf(ready);
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
