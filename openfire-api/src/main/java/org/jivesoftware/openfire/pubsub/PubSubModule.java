package org.jivesoftware.openfire.pubsub;

import org.jivesoftware.openfire.container.BasicModule;

public class PubSubModule extends BasicModule {
    public PubSubModule() {
        super(null);
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PubSubPersistenceProvider getPersistenceProvider() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
