package org.svgroups.core.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.svgroups.core.archive.ArchiveStore;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.people.AgeGroup;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.rules.RateLimitRule;

/**
 * Takes a member's report: checks it, finds what it is about, keeps a copy of the messages around it and stores it.
 *
 * <ul>
 * <li>Texts are bounded ({@value #MAX_TEXT} characters for the reporter's words, {@value #MAX_SEEN} for what they
 * saw of an encrypted message, which only a message report carries): longer is {@code report-invalid}.</li>
 * <li>A message is found by its stanza-id in the group's archive (the messages not yet written included), and only
 * among those the reporter may read; any other id (forged, another group's, from before they became a member) is
 * {@code report-target-unknown}, alike, so that nothing is revealed. A member must be in the group now, and
 * not the reporter.</li>
 * <li>One reporter's repeated reports of one thing count once: the earlier report is answered, and the rate limit
 * is not charged again.</li>
 * <li>The copy: the reported message and up to {@value #CONTEXT_BEFORE} messages before it the reporter could read;
 * for a member or the whole group, the last messages the reporter could read. It stays with the report when the
 * archive forgets or retracts them.</li>
 * <li>Whether a minor is involved (the reporter, the person reported or anyone in the group now) is noted.</li>
 * </ul>
 */
public final class ReportRules {

    public static final int MAX_TEXT = 1_000;
    public static final int MAX_SEEN = 4_000;
    public static final int CONTEXT_BEFORE = 10;

    private final ReportStore reports;
    private final ArchiveStore archive;
    private final ArchiveBuffer buffer;
    private final RateLimitRule rateLimit;
    private final People people;
    private final AgePolicy ages;
    private final Clock clock;
    private final LongSupplier ids;

    /**
     * @param ids new report numbers: unique and positive (random in the plugin)
     */
    public ReportRules(ReportStore reports, ArchiveStore archive, ArchiveBuffer buffer, RateLimitRule rateLimit,
                       People people, AgePolicy ages, Clock clock, LongSupplier ids) {
        this.reports = reports;
        this.archive = archive;
        this.buffer = buffer;
        this.rateLimit = rateLimit;
        this.people = people;
        this.ages = ages;
        this.clock = clock;
        this.ids = ids;
    }

    public ReportDecision report(ReportRequest request) {
        if (!request.membership().includes(request.reporter())) {
            return refuse(AppCondition.NOT_MEMBER, "Only the group's members may report in it.");
        }
        if (request.text() != null && request.text().length() > MAX_TEXT) {
            return refuse(AppCondition.REPORT_INVALID, "The report's text is too long: at most " + MAX_TEXT + " characters.");
        }
        if (request.seen() != null && request.target().kind() != ReportTarget.Kind.MESSAGE) {
            return refuse(AppCondition.REPORT_INVALID, "Only a message report carries what you saw.");
        }
        if (request.seen() != null && request.seen().length() > MAX_SEEN) {
            return refuse(AppCondition.REPORT_INVALID, "What you saw is too long: at most " + MAX_SEEN + " characters.");
        }
        long floor = request.readableFrom() == null ? Long.MIN_VALUE
                : ArchiveClock.firstKeyOf(request.readableFrom().toEpochMilli()) - 1;
        String reported;
        List<ArchivedMessage> context;
        switch (request.target().kind()) {
            case MESSAGE -> {
                Optional<ArchivedMessage> message = readableMessage(request.group(), request.target().ref(), floor);
                if (message.isEmpty()) {
                    return refuse(AppCondition.REPORT_TARGET_UNKNOWN,
                            "This group has no message '" + request.target().ref() + "' that you may read.");
                }
                reported = message.get().sender();
                context = new ArrayList<>(archive.page(request.group(), floor, message.get().order(), CONTEXT_BEFORE, true));
                context.add(message.get());
            }
            case MEMBER -> {
                reported = request.target().ref();
                if (reported.equals(request.reporter())) {
                    return refuse(AppCondition.REPORT_INVALID, "You cannot report yourself.");
                }
                if (!request.membership().includes(reported)) {
                    return refuse(AppCondition.REPORT_TARGET_UNKNOWN, "'" + reported + "' is not a member of this group.");
                }
                context = lastReadable(request.group(), floor);
            }
            case GROUP -> {
                if (!request.target().ref().equals(request.group())) {
                    return refuse(AppCondition.REPORT_INVALID, "A group report is about the group it is sent to.");
                }
                reported = request.group();
                context = lastReadable(request.group(), floor);
            }
            default -> throw new IllegalStateException("unknown target " + request.target().kind());
        }
        Optional<Report> earlier = reports.find(request.group(), request.reporter(), request.target());
        if (earlier.isPresent()) {
            return ReportDecision.kept(earlier.get(), false);
        }
        Optional<Refusal> limited = rateLimit.acquire(request.reporter(), 1);
        if (limited.isPresent()) {
            return ReportDecision.refused(limited.get());
        }
        Report report = new Report(ids.getAsLong(), request.group(), request.reporter(), request.target(), reported,
                request.reason(), request.text(), request.seen(), involvesMinor(request, reported), clock.instant(),
                ReportState.OPEN);
        Report kept = reports.addIfAbsent(report, context);
        return ReportDecision.kept(kept, kept.id() == report.id());
    }

    /** The message, if the archive (or what waits to be written to it) has it among what the reader may read. */
    private Optional<ArchivedMessage> readableMessage(String group, String id, long floor) {
        if (buffer.hasPending(group)) {
            // On the reporting IQ's thread, never the message path.
            buffer.flushTo(archive);
        }
        Optional<Long> order = archive.orderOf(group, id);
        if (order.isEmpty() || order.get() <= floor) {
            return Optional.empty();
        }
        List<ArchivedMessage> one = archive.page(group, order.get() - 1, order.get() + 1, 1, false);
        return one.stream().findFirst();
    }

    private List<ArchivedMessage> lastReadable(String group, long floor) {
        if (buffer.hasPending(group)) {
            buffer.flushTo(archive);
        }
        return archive.page(group, floor, Long.MAX_VALUE, CONTEXT_BEFORE + 1, true);
    }

    private boolean involvesMinor(ReportRequest request, String reported) {
        if (isMinor(request.reporter()) || isMinor(reported)) {
            return true;
        }
        return request.membership().all().stream().anyMatch(this::isMinor);
    }

    private boolean isMinor(String user) {
        AgeGroup group = ages.classify(people.birthdate(user));
        return group == AgeGroup.MINOR || group == AgeGroup.UNDER_AGE;
    }

    private static ReportDecision refuse(AppCondition condition, String text) {
        return ReportDecision.refused(Refusal.of(condition, text));
    }
}
