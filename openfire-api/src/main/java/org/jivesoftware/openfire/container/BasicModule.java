package org.jivesoftware.openfire.container;

import org.jivesoftware.openfire.XMPPServer;

public class BasicModule implements Module {
    public BasicModule(String moduleName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void initialize(XMPPServer server) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void start() throws IllegalStateException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void stop() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void destroy() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
