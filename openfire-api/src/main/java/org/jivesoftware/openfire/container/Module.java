package org.jivesoftware.openfire.container;

import org.jivesoftware.openfire.XMPPServer;

public interface Module {
    String getName();

    void initialize(XMPPServer server);

    void start();

    void stop();

    void destroy();
}
