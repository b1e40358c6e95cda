package org.svgroups.core.share;

import java.time.Clock;

import org.svgroups.core.stats.DailyTally;

/**
 * Counts shares by day, group and item in memory (plain messages never come here), for the store to receive in
 * batches ({@link #flushTo}), called on a timer and when the plugin stops.
 */
public final class ShareTally {

    private record Item(String group, ShareKind kind, String itemId) {
    }

    private final DailyTally<Item> tally;

    public ShareTally(Clock clock) {
        this.tally = new DailyTally<>(clock);
    }

    public void count(String group, Share share) {
        tally.add(new Item(group, share.kind(), share.id()), 1);
    }

    /** Moves every count so far into the store; counts that arrive meanwhile wait for the next flush. */
    public int flushTo(ShareCountStore store) {
        return tally.flushTo(c -> new ShareCount(c.day(), c.key().group(), c.key().kind(), c.key().itemId(), c.count()),
                store::addAll);
    }
}
