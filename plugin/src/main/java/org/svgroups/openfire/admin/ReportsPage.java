package org.svgroups.openfire.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

import org.jivesoftware.util.WebManager;
import org.svgroups.core.reports.Report;
import org.svgroups.core.reports.ReportQuery;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportState;
import org.svgroups.core.reports.ReportStore;

/**
 * What the Reports page shows: the queue of reports, those involving a minor first, then newest first, filtered
 * by reason and state, {@value #PAGE_SIZE} a page. Read from the database, a page per query.
 */
public final class ReportsPage {

    static final int PAGE_SIZE = 25;

    private final ReportStore store;
    private final OpenfireConsole console;
    private ReportReason reason;
    private ReportState state;
    private int page = 1;
    private int total;
    private List<Row> rows = List.of();

    ReportsPage(ReportStore store, OpenfireConsole console) {
        this.store = store;
        this.console = console;
    }

    /** Called by the JSP. */
    public static ReportsPage handle(HttpServletRequest request, WebManager webManager) {
        ReportsPage page = new ReportsPage(OpenfireConsole.plugin().map(p -> p.reportStore())
                .orElseThrow(() -> new IllegalStateException("The svgroups plugin is not running.")),
                new OpenfireConsole(webManager) { });
        page.show(request.getParameter("reason"), request.getParameter("state"), request.getParameter("page"));
        return page;
    }

    void show(String reasonWord, String stateWord, String pageNumber) {
        reason = reasonWord == null ? null : ReportReason.fromWord(reasonWord).orElse(null);
        state = stateWord == null ? null : Arrays.stream(ReportState.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(stateWord)).findFirst().orElse(null);
        ReportQuery query = new ReportQuery(reason, state);
        total = store.count(query);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        try {
            page = Math.min(pages, Math.max(1, Integer.parseInt(pageNumber == null ? "1" : pageNumber.strip())));
        } catch (NumberFormatException e) {
            page = 1;
        }
        List<Row> shown = new ArrayList<>();
        for (Report report : store.queue(query, (page - 1) * PAGE_SIZE, PAGE_SIZE)) {
            shown.add(new Row(report, console));
        }
        rows = shown;
    }

    /** A report as the queue lists it. */
    public static final class Row {
        private final Report report;
        private final OpenfireConsole console;

        Row(Report report, OpenfireConsole console) {
            this.report = report;
            this.console = console;
        }

        public long getId() {
            return report.id();
        }

        public String getCreated() {
            return console.formatDateTime(report.created());
        }

        public String getReason() {
            return console.message("svgroups.reports.reason." + report.reason().word(), List.of());
        }

        public String getTarget() {
            return console.message("svgroups.reports.target." + report.target().kind().word(), List.of());
        }

        public String getReported() {
            return report.reported();
        }

        public String getGroup() {
            return report.group();
        }

        public String getReporter() {
            return report.reporter();
        }

        public boolean isMinor() {
            return report.involvesMinor();
        }

        public boolean isOpen() {
            return report.state() == ReportState.OPEN;
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    /** The page numbers, 1 to the last. */
    public List<Integer> getPages() {
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    /** The reason filter's word, or empty for all reasons. */
    public String getReason() {
        return reason == null ? "" : reason.word();
    }

    /** The state filter (open, closed), or empty for both. */
    public String getState() {
        return state == null ? "" : state.name().toLowerCase(Locale.ROOT);
    }

    /** Every reason, as the filter offers them: word and label. */
    public List<String[]> getReasons() {
        return Arrays.stream(ReportReason.values())
                .map(r -> new String[] {r.word(), console.message("svgroups.reports.reason." + r.word(), List.of())})
                .toList();
    }
}
