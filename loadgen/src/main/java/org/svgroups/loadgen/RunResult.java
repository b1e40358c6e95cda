package org.svgroups.loadgen;

/**
 * What one measured run of one variant did for one metric. Latencies are in microseconds; a delivery is one copy of
 * a message (or one invitation) arriving at one member, the sender's own reflection included.
 *
 * @param metric     an operation's label, or for invitations {@code invite-cold} (the first invitation of an
 *                   inviter and invitee in this server's life) and {@code invite-warm} (the later ones)
 * @param operations operations started in the measured window
 * @param lost       operations still unfinished when the run ended (after a grace period)
 */
record RunResult(String variant, int round, String metric, long operations, long lost, long deliveries,
                 double seconds, long p50, long p90, long p99, long max) {

    double operationsPerSecond() {
        return seconds == 0 ? 0 : operations / seconds;
    }

    double deliveriesPerSecond() {
        return seconds == 0 ? 0 : deliveries / seconds;
    }
}
