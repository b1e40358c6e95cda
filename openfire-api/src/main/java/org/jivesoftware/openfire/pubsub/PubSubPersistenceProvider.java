package org.jivesoftware.openfire.pubsub;

public interface PubSubPersistenceProvider {
    PublishedItem getPublishedItem(LeafNode node, PublishedItem.UniqueIdentifier itemIdentifier);
}
