package org.svgroups.core.reports;

/**
 * Which reports the console's queue shows: of one reason and one state, or all of them (null). The queue is always
 * ordered with reports involving a minor first, then newest first.
 */
public record ReportQuery(ReportReason reason, ReportState state) {

    public static final ReportQuery ALL = new ReportQuery(null, null);
}
