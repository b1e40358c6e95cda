package org.jivesoftware.openfire.interceptor;

import org.jivesoftware.openfire.session.Session;
import org.xmpp.packet.Packet;

public interface PacketInterceptor {
    void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed) throws PacketRejectedException;
}
