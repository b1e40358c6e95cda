package org.svgroups.core.reports;

import java.util.Objects;

import org.svgroups.core.refusal.Refusal;

/**
 * What became of a report: kept (new, or the reporter's earlier report of the same thing, answered the same), or
 * refused with nothing stored.
 *
 * @param report  the report kept; null when refused
 * @param isNew   whether this request made it (false for a repeat)
 * @param refusal why it was refused; null when kept
 */
public record ReportDecision(Report report, boolean isNew, Refusal refusal) {

    public static ReportDecision kept(Report report, boolean isNew) {
        return new ReportDecision(Objects.requireNonNull(report, "report"), isNew, null);
    }

    public static ReportDecision refused(Refusal refusal) {
        return new ReportDecision(null, false, Objects.requireNonNull(refusal, "refusal"));
    }

    public boolean isKept() {
        return report != null;
    }
}
