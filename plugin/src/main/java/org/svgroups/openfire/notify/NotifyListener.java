package org.svgroups.openfire.notify;

import java.util.Objects;
import java.util.function.Function;

import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.openfire.MucEventAdapter;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Tells the app's backend of each group message that reached members who are not in the room. Openfire calls
 * {@link #messageReceived} after the broadcast with the room's lock held: this only reads the room and offers an
 * event to the bounded queue.
 */
public final class NotifyListener extends MucEventAdapter {

    private final String domain;
    private final Function<String, MUCRoom> rooms;
    private final GroupNotifications notifications;

    /**
     * @param domain        the group service's domain
     * @param rooms         a room by name, or null (read only, no lock taken)
     */
    public NotifyListener(String domain, Function<String, MUCRoom> rooms, GroupNotifications notifications) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    @Override
    public void messageReceived(JID roomJID, JID user, String nickname, Message message) {
        // Off (the default), a message costs two property reads: the room is not looked up (a synchronized cache
        // read, under the room's lock) for an event that would not be made.
        if (!domain.equals(roomJID.getDomain()) || roomJID.getNode() == null || !notifications.enabled()) {
            return;
        }
        MUCRoom room = rooms.apply(roomJID.getNode());
        if (room != null) {
            notifications.messageReceived(room, user, message);
        }
    }

    // Nothing else reaches absent members.
}
