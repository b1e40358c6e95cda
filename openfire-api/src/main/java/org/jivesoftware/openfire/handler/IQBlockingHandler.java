package org.jivesoftware.openfire.handler;

import java.util.*;
import org.jivesoftware.openfire.IQHandlerInfo;
import org.jivesoftware.openfire.auth.UnauthorizedException;
import org.jivesoftware.openfire.user.User;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

public class IQBlockingHandler extends IQHandler {
    public static final String NAMESPACE = "urn:xmpp:blocking";

    public IQBlockingHandler() {
        super(null);
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public IQHandlerInfo getInfo() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Iterator<String> getFeatures() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public IQ handleIQ(IQ iq) throws UnauthorizedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    protected Set<JID> getBlocklist(User user) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    protected void addToBlockList(User user, List<JID> toBlocks) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    protected void pushBlocklistUpdates(User user, List<JID> newBlocks) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    protected Set<JID> removeFromBlockList(User user, Collection<JID> toUnblocks) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    protected void pushBlocklistUpdates(User user, Collection<JID> newBlocks) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
