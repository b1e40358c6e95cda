package org.svgroups.benchmarks;

import java.time.Duration;
import java.time.Instant;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.svgroups.core.archive.ArchivePage;
import org.svgroups.core.archive.ArchiveQuery;
import org.svgroups.core.archive.ArchiveReader;

/**
 * A MAM page of 50 ({@link ArchiveReader} over {@code JdbcArchive}) from the archive of {@link ArchiveDatabase}, on
 * each of its databases: the newest page of a typical small group; in the big group (a year of messages) the first
 * page, the newest page (an empty {@code <before/>}), the page before an id in the middle (RSM {@code <before>}), the
 * page after an id in the middle (the form's {@code after-id}), the page from a time in the middle ({@code start}),
 * and the last page of a day in the middle ({@code start} and {@code end}). Sampled, so that JMH reports percentiles
 * (p99 is what docs/performance.md records). The setup checks each page.
 */
public class ArchiveBenchmark extends SampledBenchmark {

    private static final int PAGE = 50;

    private ArchiveReader reader;
    private String typicalGroup;
    private ArchiveQuery newest;
    private ArchiveQuery first;
    private ArchiveQuery beforeMiddle;
    private ArchiveQuery afterMiddle;
    private ArchiveQuery fromMiddle;
    private ArchiveQuery endOfADay;

    @Setup(Level.Trial)
    public void setUp(ArchiveDatabase database) {
        reader = new ArchiveReader(database.archive());
        typicalGroup = database.typicalGroup();
        int middle = ArchiveDatabase.BIG / 2;
        newest = new ArchiveQuery(null, null, null, null, PAGE, null, "", false);
        first = new ArchiveQuery(null, null, null, null, PAGE, null, null, false);
        beforeMiddle = new ArchiveQuery(null, null, null, null, PAGE, null, "m" + middle, false);
        afterMiddle = new ArchiveQuery(null, null, "m" + middle, null, PAGE, null, null, false);
        Instant middleTime = database.bigSentAt(middle);
        fromMiddle = new ArchiveQuery(middleTime, null, null, null, PAGE, null, null, false);
        Instant dayEnd = middleTime.plus(Duration.ofDays(1));
        endOfADay = new ArchiveQuery(middleTime, dayEnd, null, null, PAGE, null, "", false);
        expect(typicalGroup, newest, typicalGroup + "-" + (database.typicalMessages() - PAGE));
        expect(ArchiveDatabase.GROUP, newest, "m" + (ArchiveDatabase.BIG - PAGE));
        expect(ArchiveDatabase.GROUP, first, "m0");
        expect(ArchiveDatabase.GROUP, beforeMiddle, "m" + (middle - PAGE));
        expect(ArchiveDatabase.GROUP, afterMiddle, "m" + (middle + 1));
        expect(ArchiveDatabase.GROUP, fromMiddle, "m" + middle);
        expect(ArchiveDatabase.GROUP, endOfADay, "m" + (database.bigLastAtOrBefore(dayEnd) - PAGE + 1));
    }

    private void expect(String group, ArchiveQuery query, String firstId) {
        ArchivePage page = reader.read(group, query, null);
        if (page.messages().size() != PAGE || !page.messages().get(0).id().equals(firstId)) {
            throw new IllegalStateException("page " + query + " of " + group + " has " + page.messages().size()
                    + " messages from " + (page.messages().isEmpty() ? "none" : page.messages().get(0).id())
                    + ", not " + PAGE + " from " + firstId);
        }
    }

    @Benchmark
    public ArchivePage typicalGroupNewestPage() {
        return reader.read(typicalGroup, newest, null);
    }

    @Benchmark
    public ArchivePage firstPage() {
        return reader.read(ArchiveDatabase.GROUP, first, null);
    }

    @Benchmark
    public ArchivePage newestPage() {
        return reader.read(ArchiveDatabase.GROUP, newest, null);
    }

    @Benchmark
    public ArchivePage pageBeforeAnId() {
        return reader.read(ArchiveDatabase.GROUP, beforeMiddle, null);
    }

    @Benchmark
    public ArchivePage pageAfterAnId() {
        return reader.read(ArchiveDatabase.GROUP, afterMiddle, null);
    }

    @Benchmark
    public ArchivePage pageFromATime() {
        return reader.read(ArchiveDatabase.GROUP, fromMiddle, null);
    }

    @Benchmark
    public ArchivePage lastPageOfADay() {
        return reader.read(ArchiveDatabase.GROUP, endOfADay, null);
    }
}
