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
 * @param kind      message, share or invitation
 * @param archiveId the message's XEP-0359 stanza id in the group (its archive id); null for invitations
 * @param absent    bare JIDs of the recipients who were not in the room; never empty
 * @param preview   a short text of a plain unencrypted message ({@link PreviewRule}); null when there is none
 * @param time      when svgroups saw it
 */
public record NotifyEvent(String group, String groupName, String sender, NotifyKind kind, String archiveId,
                          List<String> absent, String preview, Instant time) {

    public NotifyEvent {
        Objects.requireNonNull(group, "group");
        groupName = groupName == null ? "" : groupName;
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(kind, "kind");
        absent = List.copyOf(absent);
        if (absent.isEmpty()) {
            throw new IllegalArgumentException("an event is for someone absent");
        }
        Objects.requireNonNull(time, "time");
    }
}
