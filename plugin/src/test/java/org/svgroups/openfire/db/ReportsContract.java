package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.reports.Report;
import org.svgroups.core.reports.ReportAction;
import org.svgroups.core.reports.ReportQuery;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportRules;
import org.svgroups.core.reports.ReportState;
import org.svgroups.core.reports.ReportTarget;

/** What {@link JdbcReports} does, on one database (see {@link StoreContract}). */
abstract class ReportsContract extends StoreContract<JdbcReports> {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2026-12-01");
    static final String GROUP = "dance@groups.svgroups.test";
    static final String OTHER_GROUP = "skate@groups.svgroups.test";
    static final String BOB = "bob@svgroups.test";
    static final String CAROL = "carol@svgroups.test";
    static final String DAVE = "dave@svgroups.test";

    ReportsContract(TestDatabase target) {
        super(target, JdbcReports::new, new Table(JdbcReports.TABLE,
                List.of("reportid", "groupjid", "reporterjid", "targetkind", "targetref", "reportedjid", "reason",
                        "details", "seen", "involvesminor", "createdat", "closedat"),
                List.of("reportid"), List.of("details", "seen")));
    }

    @BeforeEach
    void emptyTheOtherTables() throws SQLException {
        schema.emptyTable(JdbcReports.CONTEXT);
        schema.emptyTable(JdbcReports.ACTIONS);
        schema.emptyTable(ReportTally.TABLE);
    }

    static Report report(long id, String reporter, ReportTarget target, ReportReason reason, boolean minor, Instant at) {
        return new Report(id, GROUP, reporter, target, BOB, reason, "she <b>said</b> “that”", null, minor, at,
                ReportState.OPEN);
    }

    static List<ArchivedMessage> messages(int n) {
        List<ArchivedMessage> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            messages.add(new ArchivedMessage(GROUP, 0, "m" + i, T0.plusSeconds(i), BOB, "bob",
                    "<message><body>é " + i + " &amp; <b/></body></message>"));
        }
        return messages;
    }

    @Test
    void theOtherTablesAreMadeAsTheStoreNeedsThem() throws SQLException {
        assertThat(schema.table(JdbcReports.CONTEXT).primaryKey()).containsExactly("reportid", "contextorder");
        assertThat(schema.table(JdbcReports.ACTIONS).primaryKey()).containsExactly("reportid", "actedat");
        assertThat(schema.table("ofSvgSuspension").primaryKey()).containsExactly("userjid");
        assertThat(schema.table(JdbcReports.CONTEXT).columns().values()).allMatch(type -> type.endsWith(" not null"));
        assertThat(schema.table(JdbcReports.ACTIONS).columns().values()).allMatch(type -> type.endsWith(" not null"));
    }

    @Test
    void aReportIsKeptWithItsMessagesInOrder() {
        Report report = new Report(7, GROUP, CAROL, ReportTarget.message("m10"), BOB, ReportReason.SELF_HARM,
                "x".repeat(ReportRules.MAX_TEXT), "ü".repeat(ReportRules.MAX_SEEN), true, T0, ReportState.OPEN);

        assertThat(store.addIfAbsent(report, messages(11))).isEqualTo(report);

        assertThat(store.report(7)).contains(report);
        assertThat(store.find(GROUP, CAROL, ReportTarget.message("m10"))).contains(report);
        assertThat(store.find(GROUP, CAROL, ReportTarget.member("m10"))).isEmpty();
        assertThat(store.find(OTHER_GROUP, CAROL, ReportTarget.message("m10"))).isEmpty();
        List<ArchivedMessage> copy = store.context(7);
        assertThat(copy).extracting(ArchivedMessage::id).containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7",
                "m8", "m9", "m10");
        assertThat(copy.get(3)).isEqualTo(new ArchivedMessage(GROUP, 0, "m3", T0.plusSeconds(3), BOB, "bob",
                "<message><body>é 3 &amp; <b/></body></message>"));
        assertThat(store.report(8)).isEmpty();
        assertThat(store.context(8)).isEmpty();
    }

    @Test
    void noTextIsStoredAsNone() {
        Report report = new Report(7, GROUP, CAROL, ReportTarget.group(GROUP), GROUP, ReportReason.SCAM, null, null,
                false, T0, ReportState.OPEN);
        store.addIfAbsent(report, List.of());

        assertThat(store.report(7)).contains(report);
    }

    @Test
    void aRepeatedReportIsTheEarlierOneEvenWhenTheyArriveTogether() throws Exception {
        Report first = report(1, CAROL, ReportTarget.member(BOB), ReportReason.HATE, false, T0);
        store.addIfAbsent(first, messages(2));

        Report again = store.addIfAbsent(report(2, CAROL, ReportTarget.member(BOB), ReportReason.SPAM, false,
                T0.plusSeconds(5)), messages(3));

        assertThat(again).isEqualTo(first);
        assertThat(store.context(1)).hasSize(2);
        assertThat(store.context(2)).isEmpty();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Report>> racing = new ArrayList<>();
            for (long id = 10; id < 18; id++) {
                Report mine = report(id, DAVE, ReportTarget.group(GROUP), ReportReason.SPAM, false, T0);
                racing.add(() -> store.addIfAbsent(mine, messages(4)));
            }
            List<Long> kept = new ArrayList<>();
            for (Future<Report> result : pool.invokeAll(racing)) {
                kept.add(result.get().id());
            }
            assertThat(kept).containsOnly(kept.get(0));
            assertThat(store.context(kept.get(0))).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.count(ReportQuery.ALL)).isEqualTo(2);
    }

    @Test
    void theQueuePutsMinorsFirstThenNewestAndFiltersAndPages() {
        store.addIfAbsent(report(1, CAROL, ReportTarget.message("a"), ReportReason.SPAM, false, T0), List.of());
        store.addIfAbsent(report(2, CAROL, ReportTarget.message("b"), ReportReason.HATE, true, T0), List.of());
        store.addIfAbsent(report(3, CAROL, ReportTarget.message("c"), ReportReason.SPAM, false, T0.plusSeconds(2)), List.of());
        store.addIfAbsent(report(4, DAVE, ReportTarget.message("c"), ReportReason.SPAM, true, T0.plusSeconds(1)), List.of());
        store.act(new ReportAction(3, ReportAction.Kind.DISMISS, "admin", "not spam", 0, T0.plusSeconds(60)));

        assertThat(ids(store.queue(ReportQuery.ALL, 0, 10))).containsExactly(4L, 2L, 3L, 1L);
        assertThat(ids(store.queue(ReportQuery.ALL, 1, 2))).containsExactly(2L, 3L);
        assertThat(ids(store.queue(new ReportQuery(ReportReason.SPAM, null), 0, 10))).containsExactly(4L, 3L, 1L);
        assertThat(ids(store.queue(new ReportQuery(ReportReason.SPAM, ReportState.OPEN), 0, 10))).containsExactly(4L, 1L);
        assertThat(ids(store.queue(new ReportQuery(null, ReportState.CLOSED), 0, 10))).containsExactly(3L);
        assertThat(store.count(new ReportQuery(ReportReason.SPAM, ReportState.OPEN))).isEqualTo(2);
        assertThat(store.count(new ReportQuery(ReportReason.VIOLENCE, null))).isZero();
        assertThat(store.queue(ReportQuery.ALL, 10, 10)).isEmpty();
    }

    @Test
    void anActionClosesAnOpenReportOnce() {
        store.addIfAbsent(report(1, CAROL, ReportTarget.member(BOB), ReportReason.HATE, false, T0), List.of());
        ReportAction suspend = new ReportAction(1, ReportAction.Kind.SUSPEND, "admin", "Hate speech <script>", 7,
                T0.plusSeconds(30));

        assertThat(store.act(suspend)).isTrue();
        assertThat(store.act(new ReportAction(1, ReportAction.Kind.DISMISS, "other", "fine", 0, T0.plusSeconds(31))))
                .isFalse();
        assertThat(store.act(new ReportAction(99, ReportAction.Kind.DISMISS, "other", "fine", 0, T0))).isFalse();

        assertThat(store.report(1).orElseThrow().state()).isEqualTo(ReportState.CLOSED);
        assertThat(store.actions(1)).containsExactly(suspend);
        assertThatThrownBy(() -> store.act(new ReportAction(1, ReportAction.Kind.DISMISS, "a", "x".repeat(1001), 0, T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closedReportsGoWithTheirMessagesAndActionsOpenOnesStay() {
        store.addIfAbsent(report(1, CAROL, ReportTarget.message("a"), ReportReason.SPAM, false, T0), messages(3));
        store.addIfAbsent(report(2, CAROL, ReportTarget.message("b"), ReportReason.SPAM, false, T0), messages(3));
        store.addIfAbsent(report(3, CAROL, ReportTarget.message("c"), ReportReason.SPAM, false, T0), messages(3));
        store.act(new ReportAction(1, ReportAction.Kind.DISMISS, "admin", "ok", 0, T0.plusSeconds(10)));
        store.act(new ReportAction(2, ReportAction.Kind.DISMISS, "admin", "ok", 0, T0.plusSeconds(100)));

        assertThat(store.removeClosedBefore(T0.plusSeconds(50), 10)).isEqualTo(1);

        assertThat(store.report(1)).isEmpty();
        assertThat(store.context(1)).isEmpty();
        assertThat(store.actions(1)).isEmpty();
        assertThat(store.report(2)).isPresent();
        assertThat(store.context(3)).hasSize(3);
        assertThat(store.removeClosedBefore(T0.plusSeconds(500), 10)).isEqualTo(1);
        assertThat(ids(store.queue(ReportQuery.ALL, 0, 10))).containsExactly(3L);
    }

    @Test
    void countsReportsByReasonAndActionsByKindOnWholeUtcDays() {
        Instant nextDay = Instant.parse("2026-12-02T00:00:00Z");
        store.addIfAbsent(report(1, CAROL, ReportTarget.message("a"), ReportReason.SPAM, false, T0), List.of());
        store.addIfAbsent(report(2, CAROL, ReportTarget.message("b"), ReportReason.SPAM, false, nextDay.minusMillis(1)), List.of());
        store.addIfAbsent(report(3, CAROL, ReportTarget.message("c"), ReportReason.HATE, false, T0.plusSeconds(2)), List.of());
        store.addIfAbsent(report(4, DAVE, ReportTarget.message("c"), ReportReason.HATE, false, nextDay), List.of());
        store.act(new ReportAction(1, ReportAction.Kind.DISMISS, "admin", "ok", 0, T0.plusSeconds(5)));
        store.act(new ReportAction(3, ReportAction.Kind.REMOVE, "admin", "hate", 0, nextDay));

        assertThat(store.reasons(DAY, DAY)).isEqualTo(Map.of(ReportReason.SPAM, 2, ReportReason.HATE, 1));
        assertThat(store.actionsTaken(DAY, DAY)).isEqualTo(Map.of(ReportAction.Kind.DISMISS, 1));
        assertThat(store.actionsTaken(DAY, DAY.plusDays(1))).isEqualTo(Map.of(ReportAction.Kind.DISMISS, 1,
                ReportAction.Kind.REMOVE, 1));
        assertThat(store.reasons(DAY.minusDays(7), DAY.minusDays(1))).isEmpty();
        assertThatThrownBy(() -> store.reasons(DAY, DAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void purgedReportsAndTheirActionsStillCountOnTheirDays() throws SQLException {
        Instant nextDay = Instant.parse("2026-12-02T00:00:00Z");
        store.addIfAbsent(report(1, CAROL, ReportTarget.message("a"), ReportReason.SPAM, false, T0), messages(2));
        store.addIfAbsent(report(2, CAROL, ReportTarget.message("b"), ReportReason.SPAM, false, T0.plusSeconds(1)), List.of());
        store.addIfAbsent(report(3, DAVE, ReportTarget.message("b"), ReportReason.SPAM, false, T0.plusSeconds(2)), List.of());
        store.addIfAbsent(report(4, CAROL, ReportTarget.message("c"), ReportReason.HATE, false, nextDay), List.of());
        store.act(new ReportAction(1, ReportAction.Kind.DISMISS, "admin", "ok", 0, T0.plusSeconds(5)));
        store.act(new ReportAction(2, ReportAction.Kind.REMOVE, "admin", "spam", 0, nextDay.plusSeconds(5)));
        store.act(new ReportAction(4, ReportAction.Kind.DISMISS, "admin", "ok", 0, nextDay.plusSeconds(6)));
        Map<ReportReason, Integer> reasonsBefore = store.reasons(DAY, DAY.plusDays(1));
        Map<ReportAction.Kind, Integer> actionsBefore = store.actionsTaken(DAY, DAY.plusDays(1));

        // One report at a time, so that the second purge adds to the tally's rows of the first.
        assertThat(store.removeClosedBefore(nextDay, 10)).isEqualTo(1);
        assertThat(store.removeClosedBefore(nextDay.plusSeconds(60), 1)).isEqualTo(1);
        assertThat(store.removeClosedBefore(nextDay.plusSeconds(60), 10)).isEqualTo(1);

        assertThat(store.count(ReportQuery.ALL)).isEqualTo(1);
        assertThat(store.reasons(DAY, DAY.plusDays(1))).isEqualTo(reasonsBefore)
                .isEqualTo(Map.of(ReportReason.SPAM, 3, ReportReason.HATE, 1));
        assertThat(store.actionsTaken(DAY, DAY.plusDays(1))).isEqualTo(actionsBefore)
                .isEqualTo(Map.of(ReportAction.Kind.DISMISS, 2, ReportAction.Kind.REMOVE, 1));
        assertThat(store.reasons(DAY, DAY)).isEqualTo(Map.of(ReportReason.SPAM, 3));
        assertThat(store.actionsTaken(DAY.plusDays(1), DAY.plusDays(1))).isEqualTo(Map.of(ReportAction.Kind.DISMISS, 1,
                ReportAction.Kind.REMOVE, 1));
        assertThat(tallyRows()).isEqualTo(5);
    }

    @Test
    void valuesThatDoNotFitAreRefused() {
        assertThatThrownBy(() -> store.addIfAbsent(new Report(1, GROUP, CAROL, ReportTarget.member(BOB), BOB,
                ReportReason.SPAM, "x".repeat(ReportRules.MAX_TEXT + 1), null, false, T0, ReportState.OPEN), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.addIfAbsent(new Report(1, GROUP, "c".repeat(256), ReportTarget.member(BOB), BOB,
                ReportReason.SPAM, null, null, false, T0, ReportState.OPEN), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.count(ReportQuery.ALL)).isZero();
    }

    private int tallyRows() throws SQLException {
        try (Connection connection = schema.connections().open();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + ReportTally.TABLE)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<Long> ids(List<Report> reports) {
        return reports.stream().map(Report::id).toList();
    }
}
