package org.jivesoftware.openfire.roster;

import java.util.*;
import java.util.concurrent.*;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.BasicModule;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.jivesoftware.util.*;
import org.xmpp.packet.JID;

public class RosterManager extends BasicModule {
    public static boolean isRosterServiceEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isRosterVersioningEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public RosterManager() {
        super(null);
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Roster getRoster(String username) throws UserNotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<String> getUsernamesWithRosterItemsOnDomain(final String domain) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void deleteRoster(JID user) {
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
}
