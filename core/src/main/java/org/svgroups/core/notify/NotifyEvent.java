package org.svgroups.core.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing that happened in a group and reached members who are not in the room, for the app's backend to wake
 * their phones.
 *
 * @param group     the group's bare JID
 * @param groupName its name (may be empty, never null)
 * @param sender    bare JID of who sent the message or the invitation
 * @param kind      message, share, invitation or report
 * @param archiveId the message's XEP-0359 stanza id in the group (its archive id); null for invitations and for
 *                  reports of a member or a group
 * @param absent    bare JIDs of the recipients who were not in the room; never empty, except for a report: empty
 * @param preview   a short text of a plain unencrypted message ({@link PreviewRule}); null when there is none
 * @param time      when svgroups saw it
 * @param report    the report, for a report (whose sender is the reporter); null otherwise
 */
public record NotifyEvent(String group, String groupName, String sender, NotifyKind kind, String archiveId,
                          List<String> absent, String preview, Instant time, ReportNotice report) {

    public NotifyEvent {
        Objects.requireNonNull(group, "group");
        groupName = groupName == null ? "" : groupName;
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(kind, "kind");
        absent = List.copyOf(absent);
        if ((kind == NotifyKind.REPORT) != (report != null)) {
            throw new IllegalArgumentException("a report event, and only one, carries its report");
        }
        if (absent.isEmpty() != (kind == NotifyKind.REPORT)) {
            throw new IllegalArgumentException("an event is for someone absent; a report for nobody in the group");
        }
        Objects.requireNonNull(time, "time");
    }
}
