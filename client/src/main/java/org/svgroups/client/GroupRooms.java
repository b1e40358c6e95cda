package org.svgroups.client;

import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.parts.Resourcepart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The group rooms a connection keeps, and entering and exiting them: shared by {@link GroupChat},
 * {@link GroupInvitations} (a mediated invitation is sent from the room) and {@link GroupDirectory} (creating a group
 * creates its room). One instance per connection.
 */
final class GroupRooms extends Manager {

    private static final Logger LOGGER = LoggerFactory.getLogger(GroupRooms.class);

    private static final Map<XMPPConnection, GroupRooms> INSTANCES = new WeakHashMap<>();

    private final MultiUserChatManager mucManager;
    private final Map<EntityBareJid, GroupRoom> rooms = new ConcurrentHashMap<>();

    private volatile Resourcepart nickname;

    private GroupRooms(XMPPConnection connection) {
        super(connection);
        mucManager = MultiUserChatManager.getInstanceFor(connection);
        connection.addConnectionListener(new ConnectionListener() {
            @Override
            public void connectionClosed() {
                // Rooms hold the connection strongly; dropping them lets a closed connection and these managers be
                // collected. (Not on errors: an app that reconnects keeps its listeners.)
                rooms.values().forEach(GroupRoom::close);
                rooms.clear();
            }
        });
    }

    static synchronized GroupRooms getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, GroupRooms::new);
    }

    /** See {@link GroupChat#setNickname}. */
    void setNickname(Resourcepart nickname) {
        this.nickname = nickname;
    }

    /** The nickname to use in rooms: the one set, otherwise the user's localpart. */
    Resourcepart nickname() {
        Resourcepart nick = nickname;
        if (nick != null) {
            return nick;
        }
        EntityFullJid user = connection().getUser();
        if (user == null) {
            throw new IllegalStateException("not logged in");
        }
        return Resourcepart.fromOrThrowUnchecked(user.getLocalpart().toString());
    }

    /** The group's room, kept from now on. */
    GroupRoom room(EntityBareJid group) {
        Objects.requireNonNull(group, "group");
        return rooms.computeIfAbsent(group, jid -> new GroupRoom(jid, mucManager.getMultiUserChat(jid)));
    }

    /** The group's room if kept, otherwise {@code null}. */
    GroupRoom find(EntityBareJid group) {
        return rooms.get(group);
    }

    /**
     * Joins the room if not joined; returns true if it did. A MUC service creates a room for whoever enters a
     * missing one, so a mistyped group id would quietly become a stray, locked room: undo that and say so.
     */
    boolean enter(GroupRoom room) throws SvGroupsException {
        if (room.muc.isJoined()) {
            return false;
        }
        MultiUserChat.MucCreateConfigFormHandle created = Failures.call(connection(), "join " + room.jid, room.jid, () ->
                room.muc.createOrJoin(room.muc.getEnterConfigurationBuilder(nickname()).requestNoHistory().build()));
        if (created != null) {
            try {
                room.muc.destroy("no such group", null);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOGGER.debug("Could not destroy the room {} created by mistake", room.jid, e);
                exitQuietly(room);
            }
            forget(room);
            throw new SvGroupsException.GroupNotFound("no such group: " + room.jid);
        }
        return true;
    }

    /** Exits the room; returns once Smack has handled the room's answer, so that an entry may follow at once. */
    void exit(GroupRoom room) throws Exception {
        room.muc.leave();
        // Smack 4.4 hands the reflected exit to the room's presence listener after leave() has returned, and reads
        // nothing more from the server until that listener is done. The listener needs the MultiUserChat's monitor,
        // which an entry made meanwhile holds while it waits for its answer: the answer was read only once the entry
        // had timed out. The reply to a ping of the user's own server is read only after the listener is done.
        StanzaCollector pong = connection().createStanzaCollectorAndSend(new Ping(connection(), connection().getXMPPServiceDomain()));
        try {
            pong.nextResult();
        } finally {
            pong.cancel();
        }
    }

    void exitQuietly(GroupRoom room) {
        try {
            if (room.muc.isJoined()) {
                exit(room);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOGGER.debug("Could not exit {}", room.jid, e);
        }
    }

    void forget(GroupRoom room) {
        rooms.remove(room.jid, room);
        room.close();
    }
}
