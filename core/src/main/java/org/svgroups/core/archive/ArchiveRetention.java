package org.svgroups.core.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.svgroups.core.Batches;

/**
 * Deletes archived messages older than the retention, in batches so that no statement locks much at once, and at
 * most {@code maxBatches} batches a run, so that a first run after lowering the retention does not hold the
 * database for long; the next run goes on.
 */
public final class ArchiveRetention {

    private final ArchiveStore store;
    private final Clock clock;
    private final int batchSize;
    private final int maxBatches;

    public ArchiveRetention(ArchiveStore store, Clock clock, int batchSize, int maxBatches) {
        if (batchSize < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("batchSize and maxBatches must be positive");
        }
        this.store = store;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
    }

    /**
     * @param days how many days messages are kept; 0 keeps everything
     * @return how many messages were deleted
     */
    public int purge(int days) {
        if (days <= 0) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        return Batches.delete(limit -> store.removeBefore(cutoff, limit), batchSize, maxBatches);
    }
}
