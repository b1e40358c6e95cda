package org.svgroups.openfire.bookmarks;

import java.util.function.BooleanSupplier;

import org.dom4j.Element;

/**
 * Keeps a user's bookmarks one and the same on every node of a cluster. Each Openfire 5.1.1 node keeps its own copy
 * of a user's PEP service, and tells the others of a new PEP node but not of a new item: a node keeps serving the
 * bookmarks it last held, whatever another node (or the user's client there) wrote since. So the copy here is
 * brought up to date before it is read, and the other nodes are asked to bring theirs up once it is written.
 * Outside a cluster it only passes the calls on.
 */
final class ClusteredBookmarkStorage implements BookmarkStorage {

    private final BookmarkStorage storage;
    private final BookmarkCopies copies;
    private final BooleanSupplier clustered;

    /** @param clustered whether this node is in a cluster now (read at each call) */
    ClusteredBookmarkStorage(BookmarkStorage storage, BookmarkCopies copies, BooleanSupplier clustered) {
        this.storage = storage;
        this.copies = copies;
        this.clustered = clustered;
    }

    @Override
    public boolean isEnabled() {
        return storage.isEnabled();
    }

    @Override
    public Element read(String username) {
        if (clustered.getAsBoolean()) {
            copies.refreshHere(username);
        }
        return storage.read(username);
    }

    @Override
    public void write(String username, Element bookmarks) {
        storage.write(username, bookmarks);
        if (clustered.getAsBoolean()) {
            copies.refreshElsewhere(username);
        }
    }
}
