package org.svgroups.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.svgroups.core.archive.ArchivePage;
import org.svgroups.core.archive.ArchiveQuery;
import org.svgroups.core.archive.ArchiveReader;

/**
 * A MAM page of 50 ({@link ArchiveReader} over {@code JdbcArchive}) in a group of {@value ArchiveDatabase#MESSAGES}
 * archived messages on HSQLDB in memory ({@link ArchiveDatabase}): the newest page, the page before an id in the
 * middle (an id lookup, then the page), and the page from a time in the middle. Sampled, so that JMH reports
 * percentiles (p99 is what docs/performance.md records). The setup checks each page.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
public class ArchiveBenchmark {

    private static final int PAGE = 50;

    private ArchiveReader reader;
    private ArchiveQuery newest;
    private ArchiveQuery beforeMiddle;
    private ArchiveQuery fromMiddle;

    @Setup(Level.Trial)
    public void setUp(ArchiveDatabase database) {
        reader = new ArchiveReader(database.archive());
        int middle = ArchiveDatabase.MESSAGES / 2;
        newest = new ArchiveQuery(null, null, null, null, PAGE, null, "", false);
        beforeMiddle = new ArchiveQuery(null, null, null, null, PAGE, null, "m" + middle, false);
        Instant middleTime = ArchiveDatabase.START.plusSeconds(middle);
        fromMiddle = new ArchiveQuery(middleTime, null, null, null, PAGE, null, null, false);
        expect(newest, ArchiveDatabase.MESSAGES - PAGE);
        expect(beforeMiddle, middle - PAGE);
        expect(fromMiddle, middle);
    }

    private void expect(ArchiveQuery query, int firstIndex) {
        ArchivePage page = reader.read(ArchiveDatabase.GROUP, query, null);
        if (page.messages().size() != PAGE || !page.messages().get(0).id().equals("m" + firstIndex)) {
            throw new IllegalStateException("page " + query + " starts at " + page.messages().get(0).id());
        }
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
    public ArchivePage pageFromATime() {
        return reader.read(ArchiveDatabase.GROUP, fromMiddle, null);
    }
}
