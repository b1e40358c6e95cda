package org.svgroups.core.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Counts events by day (of the clock, UTC in the plugin) and key in memory, without database calls where events
 * happen, and hands them to a store in batches ({@link #flushTo}), called on a timer and when the plugin stops.
 *
 * @param <K> what is counted (a shared item in a group, an invitation outcome)
 */
public final class DailyTally<K> {

    /** A count of one key on one day. */
    public record Count<K>(LocalDate day, K key, long count) {
    }

    private record Key<K>(LocalDate day, K key) {
    }

    private final Map<Key<K>, LongAdder> pending = new ConcurrentHashMap<>();
    /** Shared by counters; taken alone only to retire an earlier day's counters, so no increment hits one retired. */
    private final ReadWriteLock retiring = new ReentrantReadWriteLock();
    private final Clock clock;

    public DailyTally(Clock clock) {
        this.clock = clock;
    }

    /** Adds {@code amount} (positive) to today's count of the key. */
    public void add(K key, long amount) {
        Key<K> dayKey = new Key<>(LocalDate.now(clock), key);
        retiring.readLock().lock();
        try {
            pending.computeIfAbsent(dayKey, k -> new LongAdder()).add(amount);
        } finally {
            retiring.readLock().unlock();
        }
    }

    /**
     * Moves every count so far into the store, as rows made by {@code toRow}; counts that arrive meanwhile wait for
     * the next flush. When the store fails, nothing is lost: the batch waits for the next flush, unless the store
     * refused its values as such ({@link IllegalArgumentException}), which sending them again would not change.
     *
     * @return how many rows were handed to the store
     */
    public <R> int flushTo(Function<Count<K>, R> toRow, Consumer<List<R>> store) {
        LocalDate today = LocalDate.now(clock);
        List<Map.Entry<Key<K>, LongAdder>> entries = new ArrayList<>();
        retiring.writeLock().lock();
        try {
            for (Map.Entry<Key<K>, LongAdder> entry : List.copyOf(pending.entrySet())) {
                entries.add(entry);
                if (entry.getKey().day().isBefore(today)) {
                    pending.remove(entry.getKey());
                }
            }
        } finally {
            retiring.writeLock().unlock();
        }
        List<Count<K>> batch = new ArrayList<>();
        for (Map.Entry<Key<K>, LongAdder> entry : entries) {
            long count = entry.getValue().sumThenReset();
            if (count > 0) {
                batch.add(new Count<>(entry.getKey().day(), entry.getKey().key(), count));
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            store.accept(batch.stream().map(toRow).toList());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            batch.forEach(c -> pending.computeIfAbsent(new Key<>(c.day(), c.key()), k -> new LongAdder()).add(c.count()));
            throw e;
        }
        return batch.size();
    }
}
