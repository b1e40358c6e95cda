package org.jivesoftware.openfire.privacy;

import java.util.*;
import org.dom4j.Element;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;

public class PrivacyList {
    public PrivacyList() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PrivacyList(String username, String name, boolean isDefault, Element listElement) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID getUserJID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isDefault() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean shouldBlockPacket(Packet packet) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Set<JID> getBlockedJIDs() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<PrivacyItem> getItems() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Element asElement() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
