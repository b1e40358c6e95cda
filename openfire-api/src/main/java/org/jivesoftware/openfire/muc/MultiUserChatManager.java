package org.jivesoftware.openfire.muc;

import java.sql.*;
import java.util.*;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.BasicModule;
import org.jivesoftware.openfire.muc.spi.MultiUserChatServiceImpl;
import org.jivesoftware.util.*;
import org.xmpp.packet.JID;

public class MultiUserChatManager extends BasicModule {
    public static final SystemProperty<String> MASTER_KEY = null;

    public MultiUserChatManager() {
        super(null);
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void initialize(XMPPServer server) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void start() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void stop() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void registerMultiUserChatService(final MultiUserChatService service) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void registerMultiUserChatService(final MultiUserChatService service, final boolean allNodes) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void unregisterMultiUserChatService(final String subdomain) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void unregisterMultiUserChatService(final String subdomain, final boolean allNodes) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getServicesCount(final boolean includePrivate) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MultiUserChatServiceImpl createMultiUserChatService(final String subdomain, final String description, final boolean isHidden) throws AlreadyExistsException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void updateMultiUserChatService(final long serviceID, final String subdomain, final String description) throws NotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void updateMultiUserChatService(final String currentSubdomain, final String newSubdomain, final String description) throws NotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeMultiUserChatService(final String subdomain) throws NotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeMultiUserChatService(final long serviceID) throws NotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MultiUserChatService getMultiUserChatService(final long serviceID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MultiUserChatService getMultiUserChatService(final String subdomain) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MultiUserChatService getMultiUserChatService(final JID jid) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<MultiUserChatService> getMultiUserChatServices() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getMultiUserChatServicesCount() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isServiceRegistered(final String subdomain) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Long getMultiUserChatServiceID(final String subdomain) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getMultiUserChatSubdomain(final long serviceID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void refreshService(String subdomain) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
