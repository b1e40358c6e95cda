package org.jivesoftware.openfire.privacy;

import org.jivesoftware.openfire.roster.Roster;
import org.jivesoftware.openfire.roster.RosterItem;
import org.xmpp.packet.*;

public class PrivacyItem implements Comparable<PrivacyItem> {
    public int compareTo(PrivacyItem other) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean matchesCondition(Packet packet, Roster roster, JID userJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getOrder() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isAllow() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isType(Type type) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Type getType() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID getJID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getGroup() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public RosterItem.SubType getSubscription() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public enum Type {
        group, jid, subscription;
    }

    private PrivacyItem() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
