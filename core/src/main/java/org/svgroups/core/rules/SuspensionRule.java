package org.svgroups.core.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.reports.Suspensions;

/**
 * A user a moderator suspended is kept out of every group until the suspension ends: they can neither create,
 * join (enter), invite nor accept, and nobody can add them. The refusal to someone else does not say why.
 */
public final class SuspensionRule {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Suspensions suspensions;
    private final Clock clock;

    public SuspensionRule(Suspensions suspensions, Clock clock) {
        this.suspensions = suspensions;
        this.clock = clock;
    }

    /** The acting user (creator, joiner, inviter, invitee accepting). */
    public Optional<Refusal> checkSelf(String user) {
        return activeUntil(user).map(until -> Refusal.of(AppCondition.SUSPENDED,
                "You are suspended from groups until " + TIME.format(until) + "."));
    }

    /** Someone another user wants to add. */
    public Optional<Refusal> checkOther(String user) {
        return activeUntil(user).map(until -> Refusal.of(AppCondition.SUSPENDED, user + " cannot be added to groups now."));
    }

    private Optional<Instant> activeUntil(String user) {
        Instant now = clock.instant();
        return suspensions.until(user).filter(until -> until.isAfter(now));
    }
}
