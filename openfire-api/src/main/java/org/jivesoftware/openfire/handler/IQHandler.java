package org.jivesoftware.openfire.handler;

import java.util.Optional;
import org.jivesoftware.openfire.ChannelHandler;
import org.jivesoftware.openfire.IQHandlerInfo;
import org.jivesoftware.openfire.PacketException;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.auth.UnauthorizedException;
import org.jivesoftware.openfire.container.BasicModule;
import org.xmpp.packet.IQ;

public abstract class IQHandler extends BasicModule implements ChannelHandler<IQ> {
    public IQHandler(String moduleName) {
        super(moduleName);
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean performNoSuchUserCheck() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Optional<IQ> processNoSuchUserCheck(IQ iq) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void process(IQ iq) throws PacketException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public abstract IQ handleIQ(IQ packet) throws UnauthorizedException;

    public abstract IQHandlerInfo getInfo();

    public void initialize(XMPPServer server) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
