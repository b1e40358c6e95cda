package org.svgroups.core.reports;

/** Whether a report waits for a moderator (open) or has been acted upon (closed). */
public enum ReportState {
    OPEN, CLOSED
}
