package org.jivesoftware.openfire;

import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;

public interface RoutableChannelHandler extends ChannelHandler<Packet> {
    JID getAddress();
}
