package org.jivesoftware.openfire.pep;

import org.jivesoftware.openfire.IQHandlerInfo;
import org.jivesoftware.openfire.handler.IQHandler;
import org.xmpp.packet.IQ;

public class IQPEPHandler extends IQHandler {
    public IQPEPHandler() {
        super(null);
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PEPServiceManager getServiceManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public IQHandlerInfo getInfo() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public IQ handleIQ(IQ packet) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
