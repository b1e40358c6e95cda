package org.jivesoftware.openfire.security;

public class SecurityAuditManager {
    public static SecurityAuditManager getInstance() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void logEvent(String username, String summary, String details) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    private SecurityAuditManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
