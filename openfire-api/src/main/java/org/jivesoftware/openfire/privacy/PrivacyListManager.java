package org.jivesoftware.openfire.privacy;

import org.dom4j.Element;

public class PrivacyListManager {
    public static PrivacyListManager getInstance() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PrivacyList createPrivacyList(String username, String listName, Element listElement) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void deletePrivacyList(String username, String listName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void deletePrivacyLists(String username) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PrivacyList getDefaultPrivacyList(String username) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PrivacyList getPrivacyList(String username, String listName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void changeDefaultList(String username, PrivacyList newDefault, PrivacyList oldDefault) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    private PrivacyListManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
