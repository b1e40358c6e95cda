package org.svgroups.openfire.bookmarks;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.svgroups.core.bookmarks.GroupBookmark;

/** Who belongs to which group, as the bookmarks need it; users and groups are bare JIDs. */
public interface Memberships {

    /** The bookmarks of the groups the user is owner, admin or member of now. */
    List<GroupBookmark> bookmarksOf(String user);

    /**
     * The same, looking only at the given groups (bare JIDs), which a list of every membership read earlier says
     * the user is in: no query for the user's groups, the groups themselves still decide.
     */
    List<GroupBookmark> bookmarksOf(String user, Set<String> groups);

    /** Everyone who is part of the group now (none when it does not exist). */
    Set<String> membersOf(String group);

    /** The groups (bare JIDs) of everyone who is part of any group, by user, read at once. */
    Map<String, Set<String>> groupsByUser();
}
