package org.svgroups.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.svgroups.core.share.ShareCount;
import org.svgroups.core.share.ShareCountStore;

/**
 * A share count store that records every batch it is given and adds them up, thread-safe. It can be told to fail
 * the next calls, as a database that is down would.
 */
public final class ShareCountLedger implements ShareCountStore {

    private final List<List<ShareCount>> batches = new ArrayList<>();
    private final Map<String, Long> totals = new HashMap<>();
    private final AtomicInteger failuresToCome = new AtomicInteger();

    /** The next {@code calls} calls of {@link #addAll} throw and store nothing. */
    public ShareCountLedger failingNext(int calls) {
        failuresToCome.set(calls);
        return this;
    }

    @Override
    public synchronized void addAll(Collection<ShareCount> increments) {
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the database is down");
        }
        batches.add(List.copyOf(increments));
        for (ShareCount count : increments) {
            totals.merge(key(count.day(), count.group(), count.kind().xmlValue(), count.itemId()), count.shares(), Long::sum);
        }
    }

    @Override
    public synchronized List<ShareCount> between(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not needed by the tally");
    }

    /** Every batch stored, in order. */
    public synchronized List<List<ShareCount>> batches() {
        return List.copyOf(batches);
    }

    /** The stored total of an item in a group on a day (0 when none). */
    public synchronized long total(LocalDate day, String group, String kind, String itemId) {
        return totals.getOrDefault(key(day, group, kind, itemId), 0L);
    }

    /** Every share stored, all days, groups and items together. */
    public synchronized long grandTotal() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String key(LocalDate day, String group, String kind, String itemId) {
        return day + "|" + group + "|" + kind + "|" + itemId;
    }
}
