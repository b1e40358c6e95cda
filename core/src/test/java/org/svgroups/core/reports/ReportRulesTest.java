package org.svgroups.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.archive.InMemoryArchive;
import org.svgroups.core.group.Membership;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.rules.RateLimitRule;
import org.svgroups.core.testing.Directory;
import org.svgroups.core.testing.MovableClock;

class ReportRulesTest {

    static final String GROUP = "dance@groups.svgroups.test";
    static final String OTHER = "skate@groups.svgroups.test";
    static final String ALICE = "alice@svgroups.test";
    static final String BOB = "bob@svgroups.test";
    static final String CAROL = "carol@svgroups.test";
    static final String MALLORY = "mallory@svgroups.test";
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    final MovableClock clock = new MovableClock(T0);
    final InMemoryArchive archive = new InMemoryArchive();
    final ArchiveBuffer buffer = new ArchiveBuffer(100, 10);
    final InMemoryReports reports = new InMemoryReports();
    final Directory people = new Directory().born(ALICE, "1990-01-01").born(BOB, "1991-01-01").born(CAROL, "1992-01-01");
    final AtomicLong ids = new AtomicLong(100);
    final Membership membership = Membership.of(List.of(ALICE), List.of(), List.of(BOB, CAROL));
    final ReportRules rules = rulesWithLimit(5);

    ReportRules rulesWithLimit(int perHour) {
        return new ReportRules(reports, archive, buffer,
                new RateLimitRule("reports per hour", new HashMap<>(), Duration.ofHours(1), () -> perHour, clock),
                people, new AgePolicy(FixedGroupSettings.defaults(), clock), clock, ids::incrementAndGet);
    }

    /** Messages m1..mN in the group, one a second from T0, sent by bob. */
    List<ArchivedMessage> archived(String group, int n) {
        List<ArchivedMessage> messages = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Instant at = T0.plusSeconds(i);
            messages.add(new ArchivedMessage(group, ArchiveClock.firstKeyOf(at.toEpochMilli()), group.charAt(0) + "m" + i,
                    at, BOB, "bob", "<message><body>hello " + i + "</body></message>"));
        }
        archive.appendAll(messages);
        return messages;
    }

    ReportRequest request(String reporter, Instant readableFrom, ReportTarget target, String text, String seen) {
        return new ReportRequest(GROUP, membership, reporter, readableFrom, target, ReportReason.HARASSMENT, text, seen);
    }

    ReportDecision reportMessage(String id) {
        return rules.report(request(CAROL, null, ReportTarget.message(id), "mean", null));
    }

    @Test
    void aMessageReportKeepsTheMessageAndTenBeforeItAndNamesItsSender() {
        List<ArchivedMessage> messages = archived(GROUP, 15);

        ReportDecision decision = reportMessage("dm13");

        assertThat(decision.isKept()).isTrue();
        assertThat(decision.isNew()).isTrue();
        Report report = decision.report();
        assertThat(report.reported()).isEqualTo(BOB);
        assertThat(report.reporter()).isEqualTo(CAROL);
        assertThat(report.text()).isEqualTo("mean");
        assertThat(report.state()).isEqualTo(ReportState.OPEN);
        assertThat(report.created()).isEqualTo(T0);
        assertThat(reports.context(report.id())).containsExactlyElementsOf(messages.subList(2, 13));
    }

    @Test
    void theCopyHoldsOnlyWhatTheReporterCouldReadAndStaysWhenTheArchiveForgets() {
        archived(GROUP, 15);

        ReportDecision decision = rules.report(request(CAROL, T0.plusSeconds(9), ReportTarget.message("dm12"), null, null));

        List<ArchivedMessage> copy = reports.context(decision.report().id());
        assertThat(copy).extracting(ArchivedMessage::id).containsExactly("dm9", "dm10", "dm11", "dm12");
        archive.removeGroup(GROUP);
        assertThat(reports.context(decision.report().id())).isEqualTo(copy);
    }

    @Test
    void aMessageTheReporterCannotSeeIsUnknownAndNothingIsStored() {
        archived(GROUP, 5);
        archived(OTHER, 5);

        for (ReportRequest request : List.of(
                request(CAROL, null, ReportTarget.message("forged-id"), null, null),
                request(CAROL, null, ReportTarget.message("sm3"), null, null),
                request(CAROL, T0.plusSeconds(4), ReportTarget.message("dm3"), null, null))) {
            ReportDecision decision = rules.report(request);
            assertThat(decision.isKept()).isFalse();
            assertThat(decision.refusal().condition()).isEqualTo(AppCondition.REPORT_TARGET_UNKNOWN);
        }
        assertThat(reports.reports).isEmpty();
    }

    @Test
    void aMessageNotYetWrittenToTheArchiveCanBeReported() {
        ArchivedMessage waiting = new ArchivedMessage(GROUP, ArchiveClock.firstKeyOf(T0.toEpochMilli()), "fresh", T0,
                BOB, "bob", "<message><body>just now</body></message>");
        buffer.offer(waiting);

        ReportDecision decision = reportMessage("fresh");

        assertThat(decision.isKept()).isTrue();
        assertThat(reports.context(decision.report().id())).containsExactly(waiting);
    }

    @Test
    void repeatedReportsOfOneThingCountOnceAndAreAnsweredTheSame() {
        archived(GROUP, 3);
        ReportRules rules = rulesWithLimit(1);

        ReportDecision first = rules.report(request(CAROL, null, ReportTarget.message("dm2"), "first", null));
        ReportDecision again = rules.report(request(CAROL, null, ReportTarget.message("dm2"), "second", null));

        assertThat(again.isKept()).isTrue();
        assertThat(again.isNew()).isFalse();
        assertThat(again.report()).isEqualTo(first.report());
        assertThat(reports.reports).hasSize(1);
        // Another reporter's report of the same message is a report of its own.
        assertThat(rules.report(request(ALICE, null, ReportTarget.message("dm2"), null, null)).isNew()).isTrue();
    }

    @Test
    void reportsAreRateLimitedPerReporter() {
        archived(GROUP, 5);
        ReportRules rules = rulesWithLimit(2);

        assertThat(rules.report(request(CAROL, null, ReportTarget.message("dm1"), null, null)).isKept()).isTrue();
        assertThat(rules.report(request(CAROL, null, ReportTarget.message("dm2"), null, null)).isKept()).isTrue();
        ReportDecision third = rules.report(request(CAROL, null, ReportTarget.message("dm3"), null, null));

        assertThat(third.refusal().condition()).isEqualTo(AppCondition.RATE_LIMITED);
        assertThat(reports.reports).hasSize(2);
        assertThat(rules.report(request(ALICE, null, ReportTarget.message("dm3"), null, null)).isKept()).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(rules.report(request(CAROL, null, ReportTarget.message("dm3"), null, null)).isKept()).isTrue();
    }

    @Test
    void textsOverTheirBoundsAreInvalidAndNothingIsStored() {
        archived(GROUP, 2);

        assertThat(rules.report(request(CAROL, null, ReportTarget.message("dm1"), "x".repeat(ReportRules.MAX_TEXT), null))
                .isKept()).isTrue();
        for (ReportRequest request : List.of(
                request(CAROL, null, ReportTarget.message("dm2"), "x".repeat(ReportRules.MAX_TEXT + 1), null),
                request(CAROL, null, ReportTarget.message("dm2"), null, "y".repeat(ReportRules.MAX_SEEN + 1)),
                request(CAROL, null, ReportTarget.member(BOB), null, "what I saw"))) {
            assertThat(rules.report(request).refusal().condition()).isEqualTo(AppCondition.REPORT_INVALID);
        }
        assertThat(reports.reports).hasSize(1);
    }

    @Test
    void whatTheReporterSawOfAnEncryptedMessageIsKeptAsTheirs() {
        archive.appendAll(List.of(new ArchivedMessage(GROUP, ArchiveClock.firstKeyOf(T0.toEpochMilli()), "omemo", T0, BOB,
                "bob", "<message><encrypted xmlns='eu.siacs.conversations.axolotl'/></message>")));

        Report report = rules.report(request(CAROL, null, ReportTarget.message("omemo"), null, "you are worthless"))
                .report();

        assertThat(report.seen()).isEqualTo("you are worthless");
        assertThat(reports.context(report.id())).extracting(ArchivedMessage::id).containsExactly("omemo");
    }

    @Test
    void aMemberReportNamesAMemberOtherThanTheReporter() {
        List<ArchivedMessage> messages = archived(GROUP, 12);

        Report report = rules.report(request(CAROL, null, ReportTarget.member(BOB), null, null)).report();

        assertThat(report.reported()).isEqualTo(BOB);
        assertThat(reports.context(report.id())).containsExactlyElementsOf(messages.subList(1, 12));
        assertThat(rules.report(request(CAROL, null, ReportTarget.member(MALLORY), null, null)).refusal().condition())
                .isEqualTo(AppCondition.REPORT_TARGET_UNKNOWN);
        assertThat(rules.report(request(CAROL, null, ReportTarget.member(CAROL), null, null)).refusal().condition())
                .isEqualTo(AppCondition.REPORT_INVALID);
    }

    @Test
    void aGroupReportIsAboutTheGroupItIsSentTo() {
        Report report = rules.report(request(CAROL, null, ReportTarget.group(GROUP), null, null)).report();

        assertThat(report.reported()).isEqualTo(GROUP);
        assertThat(reports.context(report.id())).isEmpty();
        assertThat(rules.report(request(CAROL, null, ReportTarget.group(OTHER), null, null)).refusal().condition())
                .isEqualTo(AppCondition.REPORT_INVALID);
    }

    @Test
    void onlyMembersReport() {
        archived(GROUP, 1);

        ReportDecision decision = rules.report(request(MALLORY, null, ReportTarget.message("dm1"), null, null));

        assertThat(decision.refusal().condition()).isEqualTo(AppCondition.NOT_MEMBER);
        assertThat(reports.reports).isEmpty();
    }

    @Test
    void aReportInvolvesAMinorWhenAnyoneInTheGroupIsOne() {
        archived(GROUP, 1);
        assertThat(reportMessage("dm1").report().involvesMinor()).isFalse();

        people.born(ALICE, "2010-06-01");
        assertThat(rules.report(request(BOB, null, ReportTarget.member(CAROL), null, null)).report().involvesMinor())
                .isTrue();
    }
}
