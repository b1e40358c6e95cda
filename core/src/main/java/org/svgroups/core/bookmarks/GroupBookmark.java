package org.svgroups.core.bookmarks;

import java.util.Objects;

/**
 * The bookmark a member should have for a group they belong to: the group's bare JID, its name and the nickname
 * to join with. Clients join it on their own (autojoin) when svgroups adds it.
 */
public record GroupBookmark(String group, String name, String nick) {

    public GroupBookmark {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nick, "nick");
    }
}
