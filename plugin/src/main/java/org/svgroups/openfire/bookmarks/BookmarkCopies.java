package org.svgroups.openfire.bookmarks;

/**
 * The copies of a user's {@code storage:bookmarks} that the nodes of an Openfire cluster keep in memory, each in its
 * own copy of the user's PEP service.
 */
interface BookmarkCopies {

    /** Brings this node's copy, if it holds one, in line with the stored bookmarks. */
    void refreshHere(String username);

    /** Asks every other node to do the same; called once the bookmarks were written here. */
    void refreshElsewhere(String username);
}
