package org.svgroups.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.svgroups.core.archive.ArchivedMessage;

/** Where reports, the messages they keep and the actions taken on them are kept (the plugin's database tables). */
public interface ReportStore {

    /**
     * Stores the report with its copy of messages (oldest first), unless its reporter has reported the same target in
     * the same group already; returns the report kept (the earlier one in that case, whose id the new one did not use).
     */
    Report addIfAbsent(Report report, List<ArchivedMessage> context);

    /** The reporter's report of that target in that group, if any. */
    Optional<Report> find(String group, String reporter, ReportTarget target);

    Optional<Report> report(long id);

    /** The messages the report keeps, oldest first (the reported message last, for a message report). */
    List<ArchivedMessage> context(long id);

    /** A page of the queue: reports involving a minor first, then newest first. */
    List<Report> queue(ReportQuery query, int offset, int limit);

    int count(ReportQuery query);

    /** Records the action and closes the report; false (nothing recorded) when the report is gone or closed. */
    boolean act(ReportAction action);

    /** The actions taken on the report, oldest first. */
    List<ReportAction> actions(long id);

    /**
     * Deletes up to {@code limit} reports closed before {@code cutoff}, with their messages and actions, keeping only
     * their counts for {@link #reasons} and {@link #actionsTaken}; how many.
     */
    int removeClosedBefore(Instant cutoff, int limit);

    /**
     * How many reports were made on the UTC days from {@code from} to {@code to}, both included, by reason: those
     * the retention has deleted since too, so that a period's figures never shrink.
     */
    Map<ReportReason, Integer> reasons(LocalDate from, LocalDate to);

    /** How many actions were taken on those days, by kind, those of deleted reports included. */
    Map<ReportAction.Kind, Integer> actionsTaken(LocalDate from, LocalDate to);
}
