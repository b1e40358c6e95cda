package org.jivesoftware.openfire;

import java.io.*;
import java.util.*;
import java.util.concurrent.Future;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.handler.*;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.pep.IQPEPHandler;
import org.jivesoftware.openfire.pubsub.PubSubModule;
import org.jivesoftware.openfire.roster.RosterManager;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.util.*;
import org.xmpp.packet.JID;

public class XMPPServer {
    public static final String EXIT = "exit";

    public static XMPPServer getInstance() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public XMPPServer() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public XMPPServerInfo getServerInfo() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isLocal(JID jid) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isRemote(JID jid) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean matchesComponent(JID jid) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID createJID(String username, String resource) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID createJID(String username, String resource, boolean skipStringprep) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<JID> getAdmins() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isSetupMode() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isRestartable() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isStandAlone() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isShuttingDown() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public RosterManager getRosterManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PacketRouter getPacketRouter() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PluginManager getPluginManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<IQHandler> getIQHandlers() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public IQRouter getIQRouter() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public UserManager getUserManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PrivateStorage getPrivateStorage() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public IQPEPHandler getIQPEPHandler() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PubSubModule getPubSubModule() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MultiUserChatManager getMultiUserChatManager() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isStarted() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Future<?> sendMessageToAdmins(final String message) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
