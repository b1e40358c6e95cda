package org.svgroups.core.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events waiting to be sent, at most {@link #capacity()} of them: the message path only ever offers (constant
 * time, never waits), and an event that finds the queue full is dropped and counted, so that an app backend that
 * is down costs neither latency nor unbounded memory.
 */
public final class NotifyQueue {

    private final ArrayBlockingQueue<NotifyEvent> events;
    private final int capacity;
    private final AtomicLong dropped = new AtomicLong();

    public NotifyQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, not " + capacity);
        }
        this.capacity = capacity;
        this.events = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues the event, or drops it (counted) when the queue is full; never blocks. */
    public boolean offer(NotifyEvent event) {
        if (events.offer(event)) {
            return true;
        }
        dropped.incrementAndGet();
        return false;
    }

    /**
     * The oldest events, at most {@code max}; waits up to {@code wait} for the first when there is none (and no
     * longer once there is one).
     */
    public List<NotifyEvent> take(int max, Duration wait) throws InterruptedException {
        List<NotifyEvent> batch = new ArrayList<>(Math.min(max, capacity));
        NotifyEvent first = events.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        if (first == null) {
            return batch;
        }
        batch.add(first);
        events.drainTo(batch, max - 1);
        return batch;
    }

    public int size() {
        return events.size();
    }

    public int capacity() {
        return capacity;
    }

    /** Events refused because the queue was full, since it was made. */
    public long dropped() {
        return dropped.get();
    }
}
