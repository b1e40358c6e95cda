package org.svgroups.openfire.bookmarks;

import org.dom4j.Element;

/** Where a local user's {@code storage:bookmarks} lives. */
interface BookmarkStorage {

    /** Whether the server keeps private data at all; when it does not, nothing is read or written. */
    boolean isEnabled();

    /** A copy of the user's storage element, empty when they have none, for the caller to change. */
    Element read(String username);

    /** Replaces the user's storage; their online clients that asked for bookmark notifications are told. */
    void write(String username, Element storage);
}
