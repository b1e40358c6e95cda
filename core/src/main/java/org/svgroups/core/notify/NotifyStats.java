package org.svgroups.core.notify;

import java.time.Instant;

/**
 * The notifier's counters since the plugin started.
 *
 * @param sent           events the backend accepted (a 2xx answer)
 * @param failedAttempts POSTs that failed (no answer in time, refused, any status but 2xx)
 * @param dropped        events never sent: the queue was full, their batch failed too often, or notifying was off
 *                       by the time they were due
 * @param queued         events waiting, the batch being retried included
 * @param lastErrorAt    when the last POST failed; null if none has
 * @param lastError      why, in a few words without the URL; null if none has
 */
public record NotifyStats(long sent, long failedAttempts, long dropped, int queued, Instant lastErrorAt,
                          String lastError) {
}
