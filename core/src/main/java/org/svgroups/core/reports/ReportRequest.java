package org.svgroups.core.reports;

import java.time.Instant;
import java.util.Objects;

import org.svgroups.core.group.Membership;

/**
 * A member's report as the protocol carries it, with what the group looks like now.
 *
 * @param group        the group's bare JID
 * @param membership   its owners, admins and members now
 * @param reporter     bare JID of who reports
 * @param readableFrom the first instant of the archive the reporter may read; null for all of it
 * @param target       what is reported
 * @param reason       why
 * @param text         the reporter's words; null or empty for none
 * @param seen         what the reporter saw of an encrypted message; null or empty for none
 */
public record ReportRequest(String group, Membership membership, String reporter, Instant readableFrom,
                            ReportTarget target, ReportReason reason, String text, String seen) {

    public ReportRequest {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        text = text == null || text.isEmpty() ? null : text;
        seen = seen == null || seen.isEmpty() ? null : seen;
    }
}
