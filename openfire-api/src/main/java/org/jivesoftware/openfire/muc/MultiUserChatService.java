package org.jivesoftware.openfire.muc;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import org.jivesoftware.openfire.handler.IQHandler;
import org.xmpp.component.Component;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

public interface MultiUserChatService extends Component {
    String getServiceDomain();

    String getServiceName();

    Collection<JID> getSysadmins();

    boolean isSysadmin(JID bareJID);

    void addSysadmin(JID userJID);

    void addSysadmins(Collection<JID> userJIDs);

    void removeSysadmin(JID userJID);

    default boolean isPasswordRequiredForSysadminsToJoinRoom() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default void setPasswordRequiredForSysadminsToJoinRoom(boolean isRequired) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    boolean isRoomCreationRestricted();

    void setRoomCreationRestricted(boolean roomCreationRestricted);

    boolean isAllRegisteredUsersAllowedToCreate();

    void setAllRegisteredUsersAllowedToCreate(boolean allow);

    Collection<JID> getUsersAllowedToCreate();

    void addUserAllowedToCreate(JID userJID);

    void addUsersAllowedToCreate(Collection<JID> userJIDs);

    void removeUserAllowedToCreate(JID userJID);

    void removeUsersAllowedToCreate(Collection<JID> userJIDs);

    void setIdleUserTaskInterval(final Duration duration);

    Duration getIdleUserTaskInterval();

    void setIdleUserKickThreshold(final Duration duration);

    Duration getIdleUserKickThreshold();

    void setIdleUserPingThreshold(final Duration duration);

    Duration getIdleUserPingThreshold();

    default int getLogMaxConversationBatchSize() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default void setLogMaxConversationBatchSize(int size) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default Duration getLogMaxBatchInterval() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default void setLogMaxBatchInterval(Duration interval) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default Duration getLogBatchGracePeriod() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default void setLogBatchGracePeriod(Duration interval) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    boolean canDiscoverRoom(final MUCRoom room, final JID entity);

    Lock getChatRoomLock(final String roomName);

    void syncChatRoom(final MUCRoom room);

    MUCRoom getChatRoom(final String roomName, final JID userjid) throws NotAllowedException;

    MUCRoom getChatRoom(final String roomName);

    List<MUCRoom> getActiveChatRooms();

    Set<String> getAllRoomNames();

    boolean hasChatRoom(String roomName);

    void removeChatRoom(String roomName);

    Collection<MUCOccupant> getOccupants(JID user);

    long getTotalChatTime();

    int getNumberChatRooms();

    int getNumberConnectedUsers();

    int getNumberRoomOccupants();

    long getIncomingMessageCount();

    long getIncomingMessageCount(boolean resetAfter);

    long getOutgoingMessageCount();

    long getOutgoingMessageCount(boolean resetAfter);

    void logConversation(MUCRoom room, Message message, JID sender);

    void messageBroadcastedTo(int numOccupants);

    void enableService(boolean enabled, boolean persistent);

    boolean isServiceEnabled();

    boolean isHidden();

    void addIQHandler(IQHandler handler);

    void removeIQHandler(IQHandler handler);

    void addExtraFeature(String feature);

    HistoryStrategy getHistoryStrategy();

    void removeExtraFeature(String feature);

    void addExtraIdentity(String category, String name, String type);

    void removeExtraIdentity(String name);

    void setMUCDelegate(final MUCEventDelegate delegate);

    MUCEventDelegate getMUCDelegate();
}
