package org.svgroups.core.stats;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when each group was last active, to the minute, for the store to receive in batches: at most one row
 * per group and flush, and none for a group whose minute was already stored. {@link #record} is on the path of
 * every group message: two map reads, and a write once a minute per group.
 */
public final class ActivityTracker {

    private static final long MINUTE = 60_000;

    /** Minutes (since the epoch) not stored yet, by group. */
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    /** The minute last handed to the store, by group. */
    private final Map<String, Long> stored = new ConcurrentHashMap<>();
    private final Clock clock;

    public ActivityTracker(Clock clock) {
        this.clock = clock;
    }

    /** The group (a bare JID) is active now. */
    public void record(String group) {
        long minute = clock.millis() / MINUTE;
        Long known = pending.get(group);
        if (known == null) {
            known = stored.get(group);
        }
        if (known == null || known < minute) {
            pending.merge(group, minute, Math::max);
        }
    }

    /** Forgets a dissolved group, so that a late flush does not bring it back. */
    public void forget(String group) {
        pending.remove(group);
        stored.remove(group);
    }

    /**
     * Hands the activity not stored yet to the store; on failure it waits for the next flush.
     *
     * @return how many groups were handed to the store
     */
    public int flushTo(GroupActivityStore store) {
        List<Map.Entry<String, Long>> batch = List.copyOf(pending.entrySet());
        if (batch.isEmpty()) {
            return 0;
        }
        List<GroupActivity> activities = new ArrayList<>(batch.size());
        for (Map.Entry<String, Long> entry : batch) {
            activities.add(new GroupActivity(entry.getKey(), Instant.ofEpochMilli(entry.getValue() * MINUTE)));
        }
        store.recordAll(activities);
        for (Map.Entry<String, Long> entry : batch) {
            // A later minute recorded meanwhile stays pending for the next flush.
            if (pending.remove(entry.getKey(), entry.getValue())) {
                stored.merge(entry.getKey(), entry.getValue(), Math::max);
            }
        }
        return activities.size();
    }
}
