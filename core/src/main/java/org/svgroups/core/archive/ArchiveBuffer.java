package org.svgroups.core.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The messages delivered but not yet written to the archive, in memory and bounded: the delivering thread only
 * offers a message to a queue (no database call, no lock held while waiting), and a writer drains the queue to the
 * store in batches. When the queue is full (the database has been unreachable for a long while) new messages are
 * dropped and counted, never waited for.
 *
 * <p>A batch the store fails to take is kept and written first at the next flush; meanwhile the queue keeps
 * filling. Flushes are serialized (the periodic one, a reader's, the last one at unload), so that messages reach
 * the store in order and once.
 */
public final class ArchiveBuffer {

    private final BlockingQueue<ArchivedMessage> queue;
    private final int batchSize;
    private final AtomicLong dropped = new AtomicLong();
    private final ReentrantLock flushing = new ReentrantLock();
    /** A batch the store refused, written first at the next flush; guarded by {@link #flushing}. */
    private List<ArchivedMessage> unwritten = List.of();

    /**
     * @param capacity  the most messages held in memory
     * @param batchSize the most messages per write to the store
     */
    public ArchiveBuffer(int capacity, int batchSize) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("capacity and batchSize must be positive");
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
    }

    /** Queues a delivered message; false (and counted) when the buffer is full. Never blocks. */
    public boolean offer(ArchivedMessage message) {
        if (queue.offer(message)) {
            return true;
        }
        dropped.incrementAndGet();
        return false;
    }

    /** How many messages were dropped because the buffer was full, since it was made. */
    public long dropped() {
        return dropped.get();
    }

    /** How many messages wait for the store. */
    public int pending() {
        flushing.lock();
        try {
            return unwritten.size() + queue.size();
        } finally {
            flushing.unlock();
        }
    }

    /** True when some message of the group waits for the store. */
    public boolean hasPending(String group) {
        for (ArchivedMessage message : queue) {
            if (message.group().equals(group)) {
                return true;
            }
        }
        flushing.lock();
        try {
            return unwritten.stream().anyMatch(message -> message.group().equals(group));
        } finally {
            flushing.unlock();
        }
    }

    /**
     * Writes everything queued so far to the store, in batches. When the store fails, the batch it failed on is
     * kept for the next flush and the failure is thrown; what was written stays written.
     *
     * @return how many messages were written
     */
    public int flushTo(ArchiveStore store) {
        flushing.lock();
        try {
            int written = 0;
            int toDrain = queue.size();
            while (true) {
                if (unwritten.isEmpty()) {
                    if (toDrain <= 0) {
                        return written;
                    }
                    List<ArchivedMessage> batch = new ArrayList<>(Math.min(batchSize, toDrain));
                    toDrain -= queue.drainTo(batch, Math.min(batchSize, toDrain));
                    if (batch.isEmpty()) {
                        return written;
                    }
                    unwritten = batch;
                }
                store.appendAll(unwritten);
                written += unwritten.size();
                unwritten = List.of();
            }
        } finally {
            flushing.unlock();
        }
    }

    /** Forgets the queued messages of a dissolved group, so that a later flush does not bring its archive back. */
    public void forget(String group) {
        queue.removeIf(message -> message.group().equals(group));
        flushing.lock();
        try {
            unwritten = unwritten.stream().filter(message -> !message.group().equals(group)).toList();
        } finally {
            flushing.unlock();
        }
    }
}
