package org.svgroups.core.bookmarks;

import java.util.Set;

/**
 * The group bookmarks svgroups has put into users' storage, so that it finds them again to take them out: after a
 * group is dissolved, or when reconciling a user who is in no group any more. Users and groups are bare JIDs.
 */
public interface PlacedBookmarks {

    /** The groups whose bookmarks svgroups last put into the user's storage. */
    Set<String> groupsOf(String user);

    /** The users whose storage holds a bookmark of the group that svgroups put there. */
    Set<String> holdersOf(String group);

    /** Every user svgroups has put a bookmark in place for. */
    Set<String> users();

    /** Records that the user's storage now holds the bookmarks of exactly these groups (none: the user is forgotten). */
    void replace(String user, Set<String> groups);
}
