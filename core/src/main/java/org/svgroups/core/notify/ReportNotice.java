package org.svgroups.core.notify;

import java.util.Objects;

/**
 * What the app's backend is told of a new report. The reporter is the event's sender: the backend is the
 * operator, who handles reports with the moderators (and may hear of abuse of reporting itself); the event never
 * goes to the person reported.
 *
 * @param id       the report's number, as the console shows it
 * @param reason   the reason's word ({@code spam}, {@code harassment}, ...)
 * @param target   {@code message}, {@code member} or {@code group}
 * @param reported bare JID of the person reported (the group's JID for a group report)
 * @param minor    whether a minor is involved
 */
public record ReportNotice(long id, String reason, String target, String reported, boolean minor) {

    public ReportNotice {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reported, "reported");
    }
}
