package org.jivesoftware.openfire;

import org.dom4j.Element;
import org.jivesoftware.openfire.container.BasicModule;

public class PrivateStorage extends BasicModule {

    public PrivateStorage() {
        super(null);
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setEnabled(boolean enabled) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void add(String username, Element data) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Element get(String username, Element data) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
