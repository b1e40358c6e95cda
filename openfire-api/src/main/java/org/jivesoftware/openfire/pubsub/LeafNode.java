package org.jivesoftware.openfire.pubsub;

public class LeafNode extends Node {
    public LeafNode() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized void setLastPublishedItem(PublishedItem item) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized PublishedItem getLastPublishedItem() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
