package org.svgroups.openfire.admin;

import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.svgroups.benchmarks.ReportsDatabase;
import org.svgroups.benchmarks.SampledBenchmark;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportStore;

/**
 * The console's Reports queue at {@value ReportsDatabase#REPORTS} reports ({@link ReportsDatabase}): what
 * {@code svgroups-reports.jsp} has {@link ReportsPage#show} do for a view, that is the count of the reports the
 * filter matches and one page of {@value ReportsPage#PAGE_SIZE} (reports involving a minor first, then newest
 * first), through the real {@code JdbcReports}. The first page of all reports; a filter by reason and state (open
 * harassment reports); page 200 of 400; the last page. Not the rows' labels and dates, which come from Openfire's
 * own bundle and formatter (the console given here is none: {@code show} does not use it). In this package because
 * {@code ReportsPage}'s constructor and {@code show} are package-private. Sampled, for percentiles.
 */
public class ReportsPageBenchmark extends SampledBenchmark {

    private ReportStore store;

    @Setup(Level.Trial)
    public void setUp(ReportsDatabase database) {
        store = database.store();
        ReportsPage first = firstPage();
        List<ReportsPage.Row> rows = first.getRows();
        expect("first page", first.getTotal() == ReportsDatabase.REPORTS && rows.size() == ReportsPage.PAGE_SIZE
                && rows.stream().allMatch(ReportsPage.Row::isMinor) && first.getPages().size() == 400);
        ReportsPage filtered = openHarassment();
        int open = database.open(ReportReason.HARASSMENT);
        expect("open harassment", filtered.getTotal() == open && filtered.getRows().size() == Math.min(open, ReportsPage.PAGE_SIZE)
                && filtered.getRows().stream().allMatch(ReportsPage.Row::isOpen));
        ReportsPage later = pageTwoHundred();
        expect("page 200", later.getPage() == 200 && later.getRows().size() == ReportsPage.PAGE_SIZE);
        ReportsPage last = lastPage();
        expect("last page", last.getPage() == 400 && last.getRows().size() == ReportsPage.PAGE_SIZE
                && last.getRows().stream().noneMatch(ReportsPage.Row::isMinor));
    }

    private static void expect(String view, boolean ok) {
        if (!ok) {
            throw new IllegalStateException("the view " + view + " does not show what it should");
        }
    }

    private ReportsPage view(String reason, String state, String page) {
        ReportsPage view = new ReportsPage(store, null);
        view.show(reason, state, page);
        return view;
    }

    @Benchmark
    public ReportsPage firstPage() {
        return view(null, null, null);
    }

    @Benchmark
    public ReportsPage openHarassment() {
        return view("harassment", "open", null);
    }

    @Benchmark
    public ReportsPage pageTwoHundred() {
        return view(null, null, "200");
    }

    @Benchmark
    public ReportsPage lastPage() {
        return view(null, null, "400");
    }
}
