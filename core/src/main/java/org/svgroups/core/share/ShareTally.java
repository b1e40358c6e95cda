package org.svgroups.core.share;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Counts shares in memory, without database calls on the message path (plain messages never come here), and
 * hands them to the store in batches ({@link #flushTo}), called on a timer and when the plugin stops.
 */
public final class ShareTally {

    private record Key(LocalDate day, String group, ShareKind kind, String itemId) {
    }

    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();
    /** Shared by senders; taken alone only to retire an earlier day's counters, so no increment hits one retired. */
    private final ReadWriteLock retiring = new ReentrantReadWriteLock();
    private final Clock clock;

    public ShareTally(Clock clock) {
        this.clock = clock;
    }

    public void count(String group, Share share) {
        Key key = new Key(LocalDate.now(clock), group, share.kind(), share.id());
        retiring.readLock().lock();
        try {
            pending.computeIfAbsent(key, k -> new LongAdder()).increment();
        } finally {
            retiring.readLock().unlock();
        }
    }

    /** Moves every count so far into the store; counts that arrive meanwhile wait for the next flush. */
    public int flushTo(ShareCountStore store) {
        List<ShareCount> batch = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        List<Map.Entry<Key, LongAdder>> entries = new ArrayList<>();
        retiring.writeLock().lock();
        try {
            for (Map.Entry<Key, LongAdder> entry : List.copyOf(pending.entrySet())) {
                entries.add(entry);
                if (entry.getKey().day().isBefore(today)) {
                    pending.remove(entry.getKey());
                }
            }
        } finally {
            retiring.writeLock().unlock();
        }
        for (Map.Entry<Key, LongAdder> entry : entries) {
            Key key = entry.getKey();
            long shares = entry.getValue().sumThenReset();
            if (shares > 0) {
                batch.add(new ShareCount(key.day(), key.group(), key.kind(), key.itemId(), shares));
            }
        }
        if (!batch.isEmpty()) {
            try {
                store.addAll(batch);
            } catch (IllegalArgumentException e) {
                // The store refuses these counts as such: sending them again would block every later flush.
                throw e;
            } catch (RuntimeException e) {
                // Nothing is lost: the batch goes back for the next flush.
                batch.forEach(c -> pending.computeIfAbsent(new Key(c.day(), c.group(), c.kind(), c.itemId()), k -> new LongAdder()).add(c.shares()));
                throw e;
            }
        }
        return batch.size();
    }
}
