package org.svgroups.core.bookmarks;

import java.util.Objects;

/**
 * One XEP-0048 conference bookmark as the user's storage holds it, in storage order: the room's bare JID and its
 * name (null when absent). Everything else on the entry (autojoin, nick, password, extensions) is the user's and
 * is never read or changed.
 */
public record StoredConference(String jid, String name) {

    public StoredConference {
        Objects.requireNonNull(jid, "jid");
    }
}
