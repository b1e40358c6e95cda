package org.svgroups.core;

import java.util.function.IntUnaryOperator;

/** Deleting in bounded batches, so that no statement locks much at once and no run holds the database for long. */
public final class Batches {

    private Batches() {
    }

    /**
     * Deletes batch after batch until one is short, at most {@code maxBatches}; the next run goes on.
     *
     * @param deleteUpTo deletes up to the given number of rows and returns how many it deleted
     * @return how many were deleted
     */
    public static int delete(IntUnaryOperator deleteUpTo, int batchSize, int maxBatches) {
        if (batchSize < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("batchSize and maxBatches must be positive");
        }
        int total = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int removed = deleteUpTo.applyAsInt(batchSize);
            total += removed;
            if (removed < batchSize) {
                break;
            }
        }
        return total;
    }
}
