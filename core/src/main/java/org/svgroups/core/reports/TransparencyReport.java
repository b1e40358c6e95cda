package org.svgroups.core.reports;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reports by reason and actions taken by kind over a period of whole UTC days, and the same as CSV (RFC 4180: CRLF
 * line ends, fields quoted when they hold a comma, a quote or a line break, quotes doubled; a field a spreadsheet
 * would take for a formula is prefixed with an apostrophe).
 *
 * @param from the period's first day
 * @param to   its last day
 */
public record TransparencyReport(LocalDate from, LocalDate to, Map<ReportReason, Integer> reports,
                                 Map<ReportAction.Kind, Integer> actions) {

    public TransparencyReport {
        Map<ReportReason, Integer> allReasons = new EnumMap<>(ReportReason.class);
        for (ReportReason reason : ReportReason.values()) {
            allReasons.put(reason, reports.getOrDefault(reason, 0));
        }
        Map<ReportAction.Kind, Integer> allKinds = new EnumMap<>(ReportAction.Kind.class);
        for (ReportAction.Kind kind : ReportAction.Kind.values()) {
            allKinds.put(kind, actions.getOrDefault(kind, 0));
        }
        reports = Map.copyOf(allReasons);
        actions = Map.copyOf(allKinds);
    }

    /** Every reason and every action, zeros included, in the order of their enums. */
    public String csv() {
        StringBuilder csv = new StringBuilder();
        row(csv, "from", "to", "section", "item", "count");
        for (ReportReason reason : ReportReason.values()) {
            row(csv, from.toString(), to.toString(), "reports", reason.word(), Integer.toString(reports.get(reason)));
        }
        for (ReportAction.Kind kind : ReportAction.Kind.values()) {
            row(csv, from.toString(), to.toString(), "actions", kind.word(), Integer.toString(actions.get(kind)));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append("\r\n");
    }

    /** One field, escaped (public for the tests of what the report's words could hold). */
    public static String field(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9]+")
                ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
