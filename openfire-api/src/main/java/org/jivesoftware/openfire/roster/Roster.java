package org.jivesoftware.openfire.roster;

import java.util.*;
import org.jivesoftware.openfire.*;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

public class Roster {
    public Roster() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isRosterItem(JID user) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<RosterItem> getRosterItems() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public RosterItem getRosterItem(JID user) throws UserNotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void updateRosterItem(RosterItem item) throws UserNotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getUsername() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void broadcastPresence(Presence packet) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getVersion() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
