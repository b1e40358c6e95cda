package org.svgroups.benchmarks;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.reports.Report;
import org.svgroups.core.reports.ReportAction;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportState;
import org.svgroups.core.reports.ReportTarget;
import org.svgroups.openfire.db.JdbcReports;

/**
 * {@value #REPORTS} reports over the {@value #DAYS} days before {@link #NOW}, written through the real
 * {@code JdbcReports} (each with its copy of 11 messages for a message report, as {@code ReportRules} keeps them)
 * into a {@link ScratchDatabase} ({@code -p engine=HSQLDB} or {@code POSTGRESQL}), fixed seed: reasons weighted as
 * a moderation queue might see them (spam the most, self-harm the fewest), {@value #MINOR_PERCENT} % involving a
 * minor, 70 % about a message, 20 % a member, 10 % a group; reports older than {@value #OPEN_DAYS} days closed with
 * an action 3 in 4 times, newer ones open. On PostgreSQL the tables are vacuumed and analyzed after the load.
 */
@State(Scope.Benchmark)
public class ReportsDatabase {

    public static final int REPORTS = 10_000;
    public static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    public static final int DAYS = 90;
    public static final int MINOR_PERCENT = 30;
    public static final int OPEN_DAYS = 3;
    private static final int GROUPS = 2_000;
    /** Per mille of the reports, in the order of {@link ReportReason#values()}. */
    private static final int[] REASON_WEIGHTS = {300, 200, 80, 50, 80, 30, 60, 120, 80};

    @Param({"HSQLDB", "POSTGRESQL"})
    public String engine;

    private ScratchDatabase database;
    private JdbcReports store;
    private final int[] byReasonOpen = new int[ReportReason.values().length];

    @Setup(Level.Trial)
    public void create() throws SQLException {
        long began = System.nanoTime();
        database = ScratchDatabase.create(engine.equals("POSTGRESQL") ? "postgresql" : "hsqldb");
        database.fill(d -> {
            // Through the pool: a report is one transaction, and a new connection for each would cost more than it.
            load(new JdbcReports(d.reading()));
            d.vacuum(JdbcReports.TABLE, JdbcReports.CONTEXT, JdbcReports.ACTIONS);
        });
        store = new JdbcReports(database.reading());
        System.out.printf("%n%s: %,d reports loaded in %.1f s (database %s)%n", engine, REPORTS,
                (System.nanoTime() - began) / 1e9, database.name());
    }

    private void load(JdbcReports into) {
        Random random = new Random(11);
        long span = Duration.ofDays(DAYS).toMillis();
        for (int i = 0; i < REPORTS; i++) {
            Instant created = NOW.minusMillis((long) (random.nextDouble() * span));
            String group = "group" + random.nextInt(GROUPS) + "@groups.example.org";
            String reporter = "user" + random.nextInt(50_000) + "@example.org";
            String reported = "user" + random.nextInt(50_000) + "@example.org";
            ReportReason reason = reason(random.nextInt(1000));
            int kind = random.nextInt(10);
            ReportTarget target = kind < 7 ? ReportTarget.message("r" + i) : kind < 9 ? ReportTarget.member(reported)
                    : ReportTarget.group(group);
            Report report = new Report(i + 1L, group, reporter, target, kind == 9 ? group : reported, reason,
                    random.nextBoolean() ? "Please look at this, it is not the first time." : null, null,
                    random.nextInt(100) < MINOR_PERCENT, created, ReportState.OPEN);
            into.addIfAbsent(report, kind < 7 ? context(group, i, created, reported) : List.of());
            boolean closed = created.isBefore(NOW.minus(Duration.ofDays(OPEN_DAYS))) && random.nextInt(4) != 0;
            if (closed) {
                into.act(new ReportAction(report.id(), random.nextBoolean() ? ReportAction.Kind.DISMISS
                        : ReportAction.Kind.REMOVE, "admin@example.org", "Against the community rules: removed.", 0,
                        created.plus(Duration.ofHours(1 + random.nextInt(48)))));
            } else {
                byReasonOpen[reason.ordinal()]++;
            }
        }
    }

    private static ReportReason reason(int perMille) {
        int sum = 0;
        for (int r = 0; r < REASON_WEIGHTS.length; r++) {
            sum += REASON_WEIGHTS[r];
            if (perMille < sum) {
                return ReportReason.values()[r];
            }
        }
        return ReportReason.OTHER;
    }

    /** The reported message and the 10 before it, as stanzas of about the archive's size. */
    private static List<ArchivedMessage> context(String group, int report, Instant at, String sender) {
        List<ArchivedMessage> messages = new ArrayList<>(11);
        for (int m = 0; m < 11; m++) {
            String id = "r" + report + "-" + m;
            String from = m == 10 ? sender : "user" + m + "@example.org";
            Instant sent = at.minusSeconds(60L * (11 - m));
            messages.add(new ArchivedMessage(group, 0, id, sent, from, "nick" + m, "<message xmlns=\"jabber:client\""
                    + " type=\"groupchat\" from=\"" + group + "/nick" + m + "\"><body>message " + m + " before the"
                    + " report, about as long as a chat line</body><stanza-id xmlns=\"urn:xmpp:sid:0\" id=\"" + id
                    + "\" by=\"" + group + "\"/></message>"));
        }
        return messages;
    }

    public JdbcReports store() {
        return store;
    }

    /** How many of the reports of a reason are open. */
    public int open(ReportReason reason) {
        return byReasonOpen[reason.ordinal()];
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
