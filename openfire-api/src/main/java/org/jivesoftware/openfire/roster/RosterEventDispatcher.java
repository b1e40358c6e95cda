package org.jivesoftware.openfire.roster;

public class RosterEventDispatcher {
    public static void addListener(RosterEventListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void removeListener(RosterEventListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void rosterLoaded(Roster roster) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean addingContact(Roster roster, RosterItem item, boolean persistent) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void contactAdded(Roster roster, RosterItem item) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void contactUpdated(Roster roster, RosterItem item) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void contactDeleted(Roster roster, RosterItem item) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
