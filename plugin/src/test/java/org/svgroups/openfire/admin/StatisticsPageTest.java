package org.svgroups.openfire.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.share.ShareCount;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.stats.InvitationCount;
import org.svgroups.openfire.admin.GroupDirectory.ItemShares;
import org.svgroups.openfire.admin.StatisticsPage.Bar;

/** Today is 2026-11-25 (UTC) in the fake backend. */
class StatisticsPageTest {

    private final FakeConsoleBackend backend = new FakeConsoleBackend();
    private final StatisticsPage page = new StatisticsPage(backend);

    private void invitations(String day, String outcome, long count) {
        backend.invitationCounts.add(new InvitationCount(LocalDate.parse(day), outcome, count));
    }

    private void shares(String day, String group, ShareKind kind, String item, long count) {
        backend.shareCounts.add(new ShareCount(LocalDate.parse(day), group, kind, item, count));
    }

    @Test
    void reportsByReasonCountThePeriodOnlyEveryReasonListedAndTheCsvSaysTheSame() {
        backend.reportsByDay.put(LocalDate.parse("2026-11-20"), Map.of(ReportReason.SPAM, 2, ReportReason.HATE, 1));
        backend.reportsByDay.put(LocalDate.parse("2026-10-01"), Map.of(ReportReason.SPAM, 5));

        page.show(null, null, null);

        assertThat(page.getReportsByReason()).hasSize(ReportReason.values().length)
                .extracting(StatisticsPage.Bar::label, StatisticsPage.Bar::count).startsWith(
                        tuple("svgroups.reports.reason.spam[]", 2L), tuple("svgroups.reports.reason.harassment[]", 0L),
                        tuple("svgroups.reports.reason.hate[]", 1L));
        assertThat(page.getReportsByReason().get(0).percent()).isEqualTo(100);
        assertThat(page.getActionsTaken()).extracting(StatisticsPage.Bar::count).containsOnly(0L);
        assertThat(page.getTransparencyCsv()).contains("2026-10-27,2026-11-25,reports,spam,2\r\n");
    }

    @Test
    void theDefaultPeriodIsTheLast30DaysIncludingToday() {
        page.show(null, null, null);

        assertThat(page.getFrom()).isEqualTo("2026-10-27");
        assertThat(page.getTo()).isEqualTo("2026-11-25");
        assertThat(page.getSharesPerDay()).hasSize(30);
        assertThat(page.getErrors()).isEmpty();
    }

    @Test
    void aPresetOrAPairOfDatesChoosesThePeriod() {
        page.show("7", null, null);
        assertThat(page.getFrom()).isEqualTo("2026-11-19");

        StatisticsPage dates = new StatisticsPage(backend);
        dates.show("7", " 2026-01-01 ", "2026-01-31");
        assertThat(dates.getFrom()).isEqualTo("2026-01-01");
        assertThat(dates.getTo()).isEqualTo("2026-01-31");

        StatisticsPage odd = new StatisticsPage(backend);
        odd.show("13", null, null);
        assertThat(odd.getFrom()).as("only the presets").isEqualTo("2026-10-27");
    }

    @Test
    void aWrongPeriodIsRefusedWithAMessageByFieldAndTheDefaultIsShown() {
        page.show(null, "2026-02-30", "");
        assertThat(page.getErrors()).containsEntry("from", "svgroups.stats.error.format[2026-02-30]")
                .containsEntry("to", "svgroups.stats.error.missing[]");
        assertThat(page.getFrom()).isEqualTo("2026-10-27");

        StatisticsPage backwards = new StatisticsPage(backend);
        backwards.show(null, "2026-05-02", "2026-05-01");
        assertThat(backwards.getErrors()).containsOnlyKeys("to").containsValue("svgroups.stats.error.backwards[]");

        StatisticsPage tooLong = new StatisticsPage(backend);
        tooLong.show(null, "2024-01-01", "2026-01-01");
        assertThat(tooLong.getErrors()).containsEntry("to", "svgroups.stats.error.too-long[366]");
    }

    @Test
    void groupsAndMembersAreCountedNowAndCreationsInThePeriod() {
        backend.settings = FixedGroupSettings.defaults().withMemberCap(3);
        backend.group("a", "2026-11-20T10:00:00Z", "owner:x", "member:y", "member:z")
                .group("b", "2026-06-01T10:00:00Z", "owner:x")
                .group("c", "2026-11-25T23:00:00Z", "owner:w", "admin:v");

        page.show("7", null, null);

        assertThat(page.getGroups()).isEqualTo(3);
        assertThat(page.getGroupsCreated()).isEqualTo(2);
        assertThat(page.getMemberships()).isEqualTo(6);
        assertThat(page.getAverageMembers()).isEqualTo("2.0");
        assertThat(page.getFullGroups()).isEqualTo(1);
    }

    @Test
    void invitationsAreSentOrRefusedByReasonOverThePeriod() {
        invitations("2026-11-24", "sent", 10);
        invitations("2026-11-25", "sent", 5);
        invitations("2026-11-25", "not-friends", 4);
        invitations("2026-11-25", "group-full", 1);
        invitations("2026-01-01", "not-friends", 100);

        page.show("7", null, null);

        assertThat(page.getInvitationsSent()).isEqualTo(15);
        assertThat(page.getInvitationsRefused()).isEqualTo(5);
        assertThat(page.getRefusals()).extracting(Bar::label, Bar::count, Bar::percent).startsWith(
                tuple("svgroups.stats.reason.not-friends[]", 4L, 100),
                tuple("svgroups.stats.reason.group-full[]", 1L, 25));
        assertThat(page.getRefusals()).as("every reason, with none too").hasSize(5);
    }

    @Test
    void sharesPerDayFillEveryDayAndTheMostSharedComeFirst() {
        shares("2026-11-23", "g1", ShareKind.VIDEO, "v1", 4);
        shares("2026-11-25", "g2", ShareKind.VIDEO, "v1", 4);
        shares("2026-11-25", "g1", ShareKind.PRODUCT, "p1", 2);
        shares("2026-10-01", "g1", ShareKind.PRODUCT, "p9", 50);

        page.show("7", null, null);

        assertThat(page.getShares()).isEqualTo(10);
        assertThat(page.getSharesPerDay()).extracting(Bar::label, Bar::count, Bar::percent).containsExactly(
                tuple("2026-11-19", 0L, 0),
                tuple("2026-11-20", 0L, 0),
                tuple("2026-11-21", 0L, 0),
                tuple("2026-11-22", 0L, 0),
                tuple("2026-11-23", 4L, 67),
                tuple("2026-11-24", 0L, 0),
                tuple("2026-11-25", 6L, 100));
        assertThat(page.getMostShared()).extracting(ItemShares::itemId, ItemShares::shares)
                .containsExactly(tuple("v1", 8L), tuple("p1", 2L));
    }

    @Test
    void theNotifierCountersAreShownWithTheTimeAndReasonOfTheLastFailure() {
        backend.notifying = true;
        backend.notifyStats = new NotifyStats(120, 3, 7, 42, Instant.parse("2026-11-25T11:59:00Z"), "answered 500");

        page.show(null, null, null);

        assertThat(page.isNotifying()).isTrue();
        assertThat(page.getNotifySent()).isEqualTo(120);
        assertThat(page.getNotifyFailedAttempts()).isEqualTo(3);
        assertThat(page.getNotifyDropped()).isEqualTo(7);
        assertThat(page.getNotifyQueued()).isEqualTo(42);
        assertThat(page.getNotifyLastErrorAt()).isEqualTo("2026-11-25T11:59:00Z");
        assertThat(page.getNotifyLastError()).isEqualTo("answered 500");
    }

    @Test
    void withoutAFailureThereIsNoLastErrorAndOffIsSaid() {
        page.show(null, null, null);

        assertThat(page.isNotifying()).isFalse();
        assertThat(page.getNotifyLastErrorAt()).isNull();
        assertThat(page.getNotifyLastError()).isNull();
    }
}
