package org.svgroups.core.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A moderator's action on an open report, with a statement of reasons (DSA Art. 17): checked, carried out, recorded
 * (which closes the report), and told: the reporter learns the outcome; the person acted upon learns what was done
 * and why, never who reported. A dismissal acts on nobody. A report closes once: a second action is refused.
 *
 * <ul>
 * <li>dismiss: nothing is done;</li>
 * <li>retract: the reported message is taken back (message reports, where retraction is available);</li>
 * <li>remove: the person reported leaves the group (message and member reports);</li>
 * <li>suspend: the person reported is kept out of every group for 1 to {@value #MAX_DAYS} days;</li>
 * <li>dissolve: the group is dissolved, its members told the statement.</li>
 * </ul>
 */
public final class ReportModeration {

    public static final int MAX_STATEMENT = 1_000;
    public static final int MAX_DAYS = 365;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ReportStore store;
    private final Suspensions suspensions;
    private final ModerationEffects effects;
    private final MessageRetraction retraction;
    private final Clock clock;

    /**
     * @param retraction null while the server cannot retract messages: the retract action is then refused
     */
    public ReportModeration(ReportStore store, Suspensions suspensions, ModerationEffects effects,
                            MessageRetraction retraction, Clock clock) {
        this.store = store;
        this.suspensions = suspensions;
        this.effects = effects;
        this.retraction = retraction;
        this.clock = clock;
    }

    /** Whether the action applies to the report at all (the console offers only those). */
    public boolean applies(Report report, ReportAction.Kind kind) {
        boolean aboutSomeone = report.target().kind() != ReportTarget.Kind.GROUP;
        return switch (kind) {
            case DISMISS, DISSOLVE -> true;
            case RETRACT -> retraction != null && report.target().kind() == ReportTarget.Kind.MESSAGE;
            case REMOVE, SUSPEND -> aboutSomeone;
        };
    }

    /**
     * @param days for a suspension, how many days; ignored otherwise
     * @throws ModerationException with the console's message key when the action is refused or fails; nothing is
     *                             recorded then
     */
    public ReportAction act(long reportId, ReportAction.Kind kind, String moderator, String statement, int days)
            throws ModerationException {
        Report report = store.report(reportId).orElseThrow(() -> new ModerationException("svgroups.report.error.not-found"));
        if (report.state() == ReportState.CLOSED) {
            throw new ModerationException("svgroups.report.error.closed");
        }
        String why = statement == null ? "" : statement.strip();
        if (why.isEmpty()) {
            throw new ModerationException("svgroups.report.error.statement-required");
        }
        if (why.length() > MAX_STATEMENT) {
            throw new ModerationException("svgroups.report.error.statement-too-long");
        }
        if (!applies(report, kind)) {
            throw new ModerationException("svgroups.report.error.not-applicable");
        }
        if (kind == ReportAction.Kind.SUSPEND && (days < 1 || days > MAX_DAYS)) {
            throw new ModerationException("svgroups.report.error.days");
        }
        Instant now = clock.instant();
        ReportAction action = new ReportAction(reportId, kind, moderator, why, kind == ReportAction.Kind.SUSPEND ? days : 0, now);
        String group = report.group();
        String name = effects.groupName(group).filter(n -> !n.isBlank()).map(n -> "\u201c" + n + "\u201d").orElse(group);
        Instant until = now.plus(Duration.ofDays(action.days()));
        String done = switch (kind) {
            case DISMISS -> null;
            case RETRACT -> {
                retraction.retract(group, report.target().ref(), why);
                yield "A moderator removed your message in the group " + name + ".";
            }
            case REMOVE -> {
                effects.remove(group, report.reported());
                yield "A moderator removed you from the group " + name + ".";
            }
            case SUSPEND -> {
                suspensions.suspend(report.reported(), until, reportId);
                yield "A moderator suspended you from all groups until " + TIME.format(until) + ".";
            }
            case DISSOLVE -> {
                effects.dissolve(group, why);
                yield null;
            }
        };
        if (!store.act(action)) {
            throw new ModerationException("svgroups.report.error.closed");
        }
        effects.tell(report.reporter(), "Your report about " + what(report, name) + " was reviewed. " + outcome(kind, until)
                + " Reason: " + why);
        Optional.ofNullable(done).ifPresent(text -> effects.tell(report.reported(), text + " Reason: " + why));
        return action;
    }

    private static String what(Report report, String name) {
        return switch (report.target().kind()) {
            case MESSAGE -> "a message in the group " + name;
            case MEMBER -> "a member of the group " + name;
            case GROUP -> "the group " + name;
        };
    }

    private static String outcome(ReportAction.Kind kind, Instant until) {
        return switch (kind) {
            case DISMISS -> "No action was taken.";
            case RETRACT -> "The message was removed.";
            case REMOVE -> "The person was removed from the group.";
            case SUSPEND -> "The person was suspended from all groups until " + TIME.format(until) + ".";
            case DISSOLVE -> "The group was dissolved.";
        };
    }
}
