package org.jivesoftware.openfire.pubsub;

import java.io.Serializable;

public abstract class Node {
    Node() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public UniqueIdentifier getUniqueIdentifier() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public final static class UniqueIdentifier implements Serializable {
        public UniqueIdentifier(final String serviceId, final String nodeId) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }
    }
}
