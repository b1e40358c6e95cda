package org.jivesoftware.openfire.pep;

import org.xmpp.packet.JID;

public class PEPServiceManager {
    public PEPService getPEPService(JID jid, boolean autoCreate) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean hasCachedService(JID owner) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
