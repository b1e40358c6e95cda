package org.svgroups.openfire.bookmarks;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.pep.PEPService;
import org.jivesoftware.openfire.pep.PEPServiceManager;
import org.jivesoftware.openfire.pubsub.LeafNode;
import org.jivesoftware.openfire.pubsub.Node;
import org.jivesoftware.openfire.pubsub.PublishedItem;
import org.jivesoftware.util.cache.CacheFactory;
import org.xmpp.packet.JID;

/**
 * The per-node copies of a user's PEP node {@code storage:bookmarks}. Openfire's {@code LeafNode} keeps the item it
 * last published or read as its "last published item", and serves private-XML reads of item {@code current} (and
 * the notifications sent at login) from it rather than from the database. In a cluster Openfire writes items
 * straight to the database (it uses its uncached persistence provider there), so the database holds the newest
 * item: refreshing makes that the node's last published item.
 */
final class PepBookmarkCopies implements BookmarkCopies {

    /** The item id Openfire's private storage publishes under. */
    private static final String ITEM = "current";

    @Override
    public void refreshHere(String username) {
        refresh(username);
    }

    @Override
    public void refreshElsewhere(String username) {
        CacheFactory.doClusterTask(new RefreshBookmarkCopyTask(username));
    }

    /** Brings this node's copy of the user's bookmarks, if it holds one, in line with the stored item. */
    static void refresh(String username) {
        XMPPServer server = XMPPServer.getInstance();
        JID owner = server.createJID(username, null);
        PEPServiceManager services = server.getIQPEPHandler().getServiceManager();
        // A node without a copy loads the service, nodes and items from the database when it next needs them.
        if (!services.hasCachedService(owner)) {
            return;
        }
        PEPService service = services.getPEPService(owner, false);
        Node node = service == null ? null
                : service.getNode(new Node.UniqueIdentifier(service.getServiceID(), StorageBookmarks.NAMESPACE));
        if (!(node instanceof LeafNode leaf)) {
            return;
        }
        PublishedItem stored = server.getPubSubModule().getPersistenceProvider()
                .getPublishedItem(leaf, new PublishedItem.UniqueIdentifier(leaf.getUniqueIdentifier(), ITEM));
        if (stored == null) {
            return;
        }
        // A copy newer than the stored item was published here and is on its way to the database: it stays.
        PublishedItem cached = leaf.getLastPublishedItem();
        if (cached == null || !stored.getCreationDate().before(cached.getCreationDate())) {
            leaf.setLastPublishedItem(stored);
        }
    }
}
