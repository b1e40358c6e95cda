package org.svgroups.core.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.svgroups.core.Batches;

/**
 * Deletes closed reports, with the copies of messages they keep, once they have been closed longer than the
 * retention; an open report stays until a moderator has dealt with it, so that nothing reported goes unseen.
 * Batched like the archive's purge.
 */
public final class ReportRetention {

    private final ReportStore store;
    private final Clock clock;
    private final int batchSize;
    private final int maxBatches;

    public ReportRetention(ReportStore store, Clock clock, int batchSize, int maxBatches) {
        if (batchSize < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("batchSize and maxBatches must be positive");
        }
        this.store = store;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
    }

    /**
     * @param days how many days a closed report is kept
     * @return how many reports were deleted
     */
    public int purge(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a closed report is kept at least a day");
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        return Batches.delete(limit -> store.removeClosedBefore(cutoff, limit), batchSize, maxBatches);
    }
}
