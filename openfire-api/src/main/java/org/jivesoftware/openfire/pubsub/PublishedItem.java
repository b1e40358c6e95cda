package org.jivesoftware.openfire.pubsub;

import java.io.Serializable;
import java.util.Date;
import org.xmpp.packet.JID;

public class PublishedItem implements Serializable {
    PublishedItem(LeafNode node, JID publisher, String id, Date creationDate) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Date getCreationDate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public final static class UniqueIdentifier implements Serializable {
        public UniqueIdentifier(final Node.UniqueIdentifier nodeIdentifier, final String itemId) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }
    }
}
