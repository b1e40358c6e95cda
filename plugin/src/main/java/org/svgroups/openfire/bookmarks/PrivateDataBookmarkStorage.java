package org.svgroups.openfire.bookmarks;

import org.dom4j.Element;
import org.jivesoftware.openfire.PrivateStorage;
import org.jivesoftware.openfire.XMPPServer;

/**
 * Openfire's private XML storage (XEP-0049), which keeps each namespace in the user's PEP node of that name (item
 * {@code current}): what XEP-0048 clients read through private XML and through PEP alike. Writing publishes to the
 * PEP node, which may block, so it is only called off the packet threads.
 */
final class PrivateDataBookmarkStorage implements BookmarkStorage {

    private static PrivateStorage storage() {
        return XMPPServer.getInstance().getPrivateStorage();
    }

    @Override
    public boolean isEnabled() {
        return storage().isEnabled();
    }

    @Override
    public Element read(String username) {
        // Openfire hands back the stored element itself (or the one passed in when there is none): never change it.
        return storage().get(username, StorageBookmarks.empty()).createCopy();
    }

    @Override
    public void write(String username, Element storage) {
        storage().add(username, storage);
    }
}
