package org.svgroups.openfire.bookmarks;

import java.util.List;
import java.util.Set;

import org.svgroups.core.bookmarks.GroupBookmark;

/** Who belongs to which group, as the bookmarks need it; users and groups are bare JIDs. */
public interface Memberships {

    /** The bookmarks of the groups the user is owner, admin or member of now. */
    List<GroupBookmark> bookmarksOf(String user);

    /** Everyone who is part of the group now (none when it does not exist). */
    Set<String> membersOf(String group);

    /** Everyone who is part of any group. */
    Set<String> everyone();
}
