package org.svgroups.core.stats;

/** Told the outcome of every invitation the group rules decide, for the statistics. */
public interface InvitationLog {

    /** {@code invitations} (at least one) invitees got {@code outcome} ({@link InvitationOutcome}). */
    void record(String outcome, int invitations);

    /** Records nothing. */
    InvitationLog NONE = (outcome, invitations) -> { };
}
