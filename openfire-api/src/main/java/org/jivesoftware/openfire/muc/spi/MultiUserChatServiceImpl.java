package org.jivesoftware.openfire.muc.spi;

import java.time.Duration;
import java.util.*;
import java.util.concurrent.locks.Lock;
import org.dom4j.Element;
import org.jivesoftware.openfire.*;
import org.jivesoftware.openfire.auth.UnauthorizedException;
import org.jivesoftware.openfire.handler.IQHandler;
import org.jivesoftware.openfire.muc.*;
import org.jivesoftware.util.*;
import org.xmpp.component.Component;
import org.xmpp.component.ComponentManager;
import org.xmpp.packet.*;

public class MultiUserChatServiceImpl implements Component, MultiUserChatService {
    public MultiUserChatServiceImpl(final long serviceID, final String subdomain, final String description, final Boolean isHidden) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addIQHandler(final IQHandler iqHandler) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeIQHandler(final IQHandler iqHandler) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getDescription() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setDescription(final String desc) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void processPacket(final Packet packet) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void processVCardResponse(final IQ response) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void processRegularStanza(Packet packet) throws UnauthorizedException, PacketException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isPendingPingResponse(final Packet stanza) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isDeliveryRelatedErrorResponse(final Packet stanza) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void initialize(final JID jid, final ComponentManager componentManager) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void shutdown() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public long getServiceID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getServiceDomain() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID getAddress() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void serverStarted() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void serverStopping() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Lock getChatRoomLock(final String roomName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void syncChatRoom(final MUCRoom room) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MUCRoom getChatRoom(final String roomName, final JID userjid) throws NotAllowedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MUCRoom getChatRoom(final String roomName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<MUCRoom> getActiveChatRooms() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Set<String> getAllRoomNames() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<MUCRoom> getActiveAndInactiveRooms() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean hasChatRoom(final String roomName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeChatRoom(final String roomName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getServiceName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<MUCOccupant> getOccupants(final JID user) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setIdleUserTaskInterval(final Duration duration) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Duration getIdleUserTaskInterval() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setIdleUserKickThreshold(final Duration duration) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Duration getIdleUserKickThreshold() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setIdleUserPingThreshold(final Duration duration) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Duration getIdleUserPingThreshold() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<JID> getUsersAllowedToCreate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<JID> getSysadmins() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isSysadmin(final JID bareJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addSysadmins(final Collection<JID> userJIDs) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addSysadmin(final JID userJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeSysadmin(final JID userJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isAllowToDiscoverMembersOnlyRooms() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setAllowToDiscoverMembersOnlyRooms(final boolean allowToDiscoverMembersOnlyRooms) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isAllowToDiscoverLockedRooms() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setAllowToDiscoverLockedRooms(final boolean allowToDiscoverLockedRooms) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isRoomCreationRestricted() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRoomCreationRestricted(final boolean roomCreationRestricted) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isAllRegisteredUsersAllowedToCreate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setAllRegisteredUsersAllowedToCreate(final boolean allow) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addUsersAllowedToCreate(final Collection<JID> userJIDs) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addUserAllowedToCreate(final JID userJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeUsersAllowedToCreate(final Collection<JID> userJIDs) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeUserAllowedToCreate(final JID userJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void initialize(final XMPPServer server) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setLogMaxConversationBatchSize(int size) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getLogMaxConversationBatchSize() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setLogMaxBatchInterval(Duration interval) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Duration getLogMaxBatchInterval() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setLogBatchGracePeriod(Duration interval) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Duration getLogBatchGracePeriod() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void start() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void enableService(final boolean enabled, final boolean persistent) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isServiceEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public long getTotalChatTime() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getNumberChatRooms() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getNumberConnectedUsers() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getNumberRoomOccupants() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public long getIncomingMessageCount() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public long getIncomingMessageCount(final boolean resetAfter) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public long getOutgoingMessageCount() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public long getOutgoingMessageCount(final boolean resetAfter) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void logConversation(final MUCRoom room, final Message message, final JID sender) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void messageBroadcastedTo(final int numOccupants) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Iterator<Element> getIdentities(final String name, final String node, final JID senderJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Iterator<String> getFeatures(final String name, final String node, final JID senderJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addExtraFeature(final String feature) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public HistoryStrategy getHistoryStrategy() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeExtraFeature(final String feature) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addExtraIdentity(final String category, final String name, final String type) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeExtraIdentity(final String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setMUCDelegate(final MUCEventDelegate delegate) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MUCEventDelegate getMUCDelegate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean hasInfo(final String name, final String node, final JID senderJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean canDiscoverRoom(final MUCRoom room, final JID entity) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setHidden(boolean isHidden) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isHidden() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void joinedCluster() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void joinedCluster(byte[] nodeID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void leftCluster() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void leftCluster(byte[] nodeID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void markedAsSeniorClusterMember() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
