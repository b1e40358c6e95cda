package org.jivesoftware.openfire;

import java.util.*;
import org.jivesoftware.openfire.container.BasicModule;
import org.jivesoftware.openfire.handler.IQHandler;
import org.xmpp.component.IQResultListener;
import org.xmpp.packet.*;

public class IQRouter extends BasicModule {
    public IQRouter() {
        super(null);
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void route(IQ packet) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addHandler(IQHandler handler) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeHandler(IQHandler handler) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addIQResultListener(String id, IQResultListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addIQResultListener(String id, IQResultListener listener, long timeoutmillis) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void initialize(XMPPServer server) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean supports(String namespace) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void routingFailed(JID recipient, Packet packet) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
