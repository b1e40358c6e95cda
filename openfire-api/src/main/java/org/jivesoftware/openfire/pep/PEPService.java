package org.jivesoftware.openfire.pep;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.pubsub.Node;
import org.xmpp.packet.JID;

public class PEPService {
    public PEPService(XMPPServer server, JID bareJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Node getNode(Node.UniqueIdentifier nodeID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getServiceID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
