package org.jivesoftware.openfire.disco;

import java.util.Iterator;
import org.xmpp.packet.JID;

public interface DiscoInfoProvider {
    Iterator<String> getFeatures(String name, String node, JID senderJID);
}
