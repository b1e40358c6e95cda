package org.svgroups.core.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many invitations had one outcome on a day (UTC): {@link InvitationOutcome#SENT}, or refused for a reason
 * (the refusal's application condition, such as {@code not-friends}). One invitation is one invitee.
 */
public record InvitationCount(LocalDate day, String outcome, long invitations) {

    public InvitationCount {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(outcome, "outcome");
    }
}
