package org.svgroups.core.reports;

import java.time.Instant;
import java.util.Objects;

/**
 * One member's report, as stored.
 *
 * @param id            the report's number, unique on the server
 * @param group         the group's bare JID
 * @param reporter      bare JID of who reported; never shown to the people reported
 * @param target        what is reported
 * @param reported      bare JID of the person reported: the message's sender or the member; for a whole group the
 *                      group's JID
 * @param reason        why
 * @param text          the reporter's words; null when none
 * @param seen          for a message the server cannot read (end-to-end encrypted): what the reporter says it
 *                      showed, kept marked as theirs; null when none
 * @param involvesMinor whether the reporter, the person reported or anyone in the group was a minor when reported
 *                      (sorts the queue; never shown to users)
 * @param created       when it was made
 * @param state         open or closed
 */
public record Report(long id, String group, String reporter, ReportTarget target, String reported, ReportReason reason,
                     String text, String seen, boolean involvesMinor, Instant created, ReportState state) {

    public Report {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(state, "state");
    }

    public Report withState(ReportState newState) {
        return new Report(id, group, reporter, target, reported, reason, text, seen, involvesMinor, created, newState);
    }
}
