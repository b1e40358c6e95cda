package org.svgroups.benchmarks;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.group.Membership;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.reports.ReportDecision;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportRequest;
import org.svgroups.core.reports.ReportRules;
import org.svgroups.core.reports.ReportTarget;
import org.svgroups.core.rules.RateLimitRule;
import org.svgroups.openfire.db.JdbcArchive;
import org.svgroups.openfire.db.JdbcReports;

/**
 * A member reports a message of a group ({@link ReportRules#report} over the real {@code JdbcArchive} and
 * {@code JdbcReports} on the same database): the message is looked up by its stanza-id in the group's archive, it
 * and the {@value ReportRules#CONTEXT_BEFORE} messages before it are read, the reporter's earlier report of it is
 * looked for, and the report with its copy of 11 messages is written in one transaction. On the archive of
 * {@link ArchiveDatabase} (a year of messages: 1,000,000 in 10,000 groups on PostgreSQL and HSQLDB_MILLION).
 * Every call reports a message nobody has reported yet (the operation counter walks the groups, their messages and
 * the 32 members as reporters), so that each makes a new report and the reports table grows as it would; a call that
 * found an earlier report fails the trial at its end. Also: the reads alone, and a reporter reporting the same
 * message again (answered with the earlier report, nothing written). Sampled, for percentiles.
 */
public class ReportBenchmark extends SampledBenchmark {

    private static final int MEMBERS = 32;
    /** The first message of a group that has 10 before it. */
    private static final int FIRST = ReportRules.CONTEXT_BEFORE;

    private ReportRules rules;
    private JdbcArchive archive;
    private List<String> members;
    private Membership membership;
    private int smallGroups;
    private int reportable;
    private long next;
    private long repeats;
    private ReportRequest again;

    @Setup(Level.Trial)
    public void setUp(ArchiveDatabase database) {
        members = IntStream.range(0, MEMBERS).mapToObj(i -> "user" + i + "@example.org").toList();
        membership = Membership.of(List.of(members.get(0)), List.of(), members.subList(1, MEMBERS));
        InMemoryPeople people = new InMemoryPeople();
        // Adults: whether a minor is involved is then asked of every member, the longest way.
        members.forEach(m -> people.born(m, "1990-01-01"));
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        JdbcReports reports = new JdbcReports(database.connections());
        archive = database.archive();
        rules = new ReportRules(reports, archive, new ArchiveBuffer(1, 1),
                new RateLimitRule("reports per hour", new ConcurrentHashMap<>(), Duration.ofHours(1),
                        () -> Integer.MAX_VALUE, clock),
                people, new AgePolicy(FixedGroupSettings.defaults(), clock), clock,
                () -> random.nextLong(1, Long.MAX_VALUE));
        smallGroups = database.groups() - 1;
        reportable = database.typicalMessages() - FIRST;
        String group = ArchiveDatabase.smallGroupJid(0);
        again = request(group, members.get(MEMBERS - 1), group + "-" + (FIRST + 5));
        ReportDecision first = rules.report(again);
        List<ArchivedMessage> copy = first.isKept() ? reports.context(first.report().id()) : List.of();
        if (!first.isNew() || copy.size() != FIRST + 1 || !copy.get(FIRST).id().equals(group + "-" + (FIRST + 5))
                || !copy.get(0).id().equals(group + "-5")) {
            throw new IllegalStateException("a report of " + group + "-" + (FIRST + 5) + " kept " + copy.size()
                    + " messages, not it and the 10 before: " + first);
        }
        if (rules.report(again).isNew()) {
            throw new IllegalStateException("the same report made twice counted twice");
        }
    }

    private ReportRequest request(String group, String reporter, String stanzaId) {
        return new ReportRequest(group, membership, reporter, null, ReportTarget.message(stanzaId), ReportReason.HARASSMENT,
                "They keep posting this about me.", null);
    }

    private ReportDecision reportNew(String group, String reporter, String stanzaId) {
        ReportDecision decision = rules.report(request(group, reporter, stanzaId));
        if (!decision.isNew()) {
            repeats++;
        }
        return decision;
    }

    /** A message of one of the 9,999 small groups (90 messages each on PostgreSQL): a typical group. */
    @Benchmark
    public ReportDecision reportAMessage() {
        long k = next++;
        String group = ArchiveDatabase.smallGroupJid((int) (k % smallGroups));
        long rest = k / smallGroups;
        return reportNew(group, members.get((int) (rest / reportable % MEMBERS)), group + "-" + (FIRST + rest % reportable));
    }

    /** A message of the big group (100,000 messages over the year). */
    @Benchmark
    public ReportDecision reportAMessageInTheBigGroup() {
        long k = next++;
        int span = ArchiveDatabase.BIG - FIRST;
        return reportNew(ArchiveDatabase.GROUP, members.get((int) (k / span % MEMBERS)), "m" + (FIRST + k % span));
    }

    /** The same reporter reports the same message again: the earlier report is the answer, nothing is written. */
    @Benchmark
    public ReportDecision reportAgain() {
        return rules.report(again);
    }

    /** Only the archive reads a report makes (the message by its id, then the 10 before it), nothing written. */
    @Benchmark
    public List<ArchivedMessage> readTheContext() {
        long k = next++;
        String group = ArchiveDatabase.smallGroupJid((int) (k % smallGroups));
        Optional<Long> order = archive.orderOf(group, group + "-" + (FIRST + k / smallGroups % reportable));
        archive.page(group, order.orElseThrow() - 1, order.orElseThrow() + 1, 1, false);
        return archive.page(group, Long.MIN_VALUE, order.orElseThrow(), FIRST, true);
    }

    @TearDown(Level.Trial)
    public void check() {
        if (repeats > 0) {
            throw new IllegalStateException(repeats + " reports were repeats, not new: the figures are not of new reports");
        }
    }
}
