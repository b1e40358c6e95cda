package org.svgroups.core.bookmarks;

import java.util.List;
import java.util.Map;

/**
 * The changes that make a user's bookmarks list exactly their groups: stored entries to remove and to rename (by
 * their position in storage order), and bookmarks to add at the end.
 */
public record BookmarkPlan(List<Integer> remove, Map<Integer, String> rename, List<GroupBookmark> add) {

    public BookmarkPlan {
        remove = List.copyOf(remove);
        rename = Map.copyOf(rename);
        add = List.copyOf(add);
    }

    /** Whether the storage stays as it is. */
    public boolean isEmpty() {
        return remove.isEmpty() && rename.isEmpty() && add.isEmpty();
    }
}
