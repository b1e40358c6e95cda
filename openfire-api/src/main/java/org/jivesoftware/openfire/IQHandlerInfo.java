package org.jivesoftware.openfire;

public class IQHandlerInfo {
    public IQHandlerInfo(String name, String namespace) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getNamespace() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
