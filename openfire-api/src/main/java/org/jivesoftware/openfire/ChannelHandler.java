package org.jivesoftware.openfire;

import org.jivesoftware.openfire.auth.UnauthorizedException;
import org.xmpp.packet.Packet;

public interface ChannelHandler<T extends Packet> {
    void process(T packet) throws UnauthorizedException, PacketException;
}
