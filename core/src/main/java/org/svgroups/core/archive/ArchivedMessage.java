package org.svgroups.core.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * One message a group delivered, as its archive keeps it.
 *
 * @param group    the group's bare JID
 * @param order    the archive's order key: unique and increasing within the server (see {@link ArchiveClock})
 * @param id       the XEP-0359 stanza-id the group stamped on it ({@code by} the group), the MAM id clients see
 * @param sentAt   when the group delivered it, to the millisecond: {@code order / 1000}
 * @param sender   the sender's bare JID
 * @param nickname the sender's nickname in the group
 * @param stanza   the message as delivered, serialized XML (encrypted payloads as they are)
 */
public record ArchivedMessage(String group, long order, String id, Instant sentAt, String sender, String nickname,
                              String stanza) {

    public ArchivedMessage {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(stanza, "stanza");
    }
}
