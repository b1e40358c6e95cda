package org.svgroups.core.stats;

import java.time.Clock;

/** Counts invitations by day and outcome in memory, for the store to receive in batches. */
public final class InvitationTally implements InvitationLog {

    private final DailyTally<String> tally;

    public InvitationTally(Clock clock) {
        this.tally = new DailyTally<>(clock);
    }

    @Override
    public void record(String outcome, int invitations) {
        tally.add(outcome, invitations);
    }

    /** Moves every count so far into the store; counts that arrive meanwhile wait for the next flush. */
    public int flushTo(InvitationCountStore store) {
        return tally.flushTo(c -> new InvitationCount(c.day(), c.key(), c.count()), store::addAll);
    }
}
