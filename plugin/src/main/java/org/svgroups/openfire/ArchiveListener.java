package org.svgroups.openfire;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.dom4j.Element;
import org.dom4j.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.archive.ArchivableMessageRule;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.svgroups.core.archive.ArchiveStore;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.openfire.db.JdbcArchive;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Captures every message a group delivers into the archive buffer, and deletes a dissolved group's archive.
 *
 * <p>Openfire calls {@link #messageReceived} after the room has broadcast the message, with the room's lock held,
 * and the message it passes is the one delivered: with the {@code <stanza-id by='group'/>} that
 * {@code MultiUserChatServiceImpl.processRegularStanza} stamped on it (after the interceptors, so shares as svgroups
 * rewrote them), the occupant-id and the sender's real JID. The archive keeps that id as the message's MAM id. Here
 * the message is only serialized (not copied: {@link StoredStanza}) and offered to the bounded buffer: no database
 * call, no lock; when the buffer is full the message is dropped and counted.
 */
final class ArchiveListener extends MucEventAdapter {

    private static final Logger Log = LoggerFactory.getLogger(ArchiveListener.class);
    private static final String STANZA_ID = "urn:xmpp:sid:0";
    private static final String BODY = "body";

    private final GroupService groups;
    private final ArchiveBuffer buffer;
    private final ArchiveClock clock;
    private final ArchiveStore store;
    private final AtomicLong unarchivable = new AtomicLong();
    private final BooleanSupplier enabled;

    /** @param enabled whether the archive is on (read for every message: it must be cheap) */
    ArchiveListener(GroupService groups, ArchiveBuffer buffer, ArchiveClock clock, ArchiveStore store,
                    BooleanSupplier enabled) {
        this.groups = groups;
        this.enabled = enabled;
        this.buffer = buffer;
        this.clock = clock;
        this.store = store;
    }

    private boolean isGroup(JID roomJID) {
        return groups.domain().equals(roomJID.getDomain()) && roomJID.getNode() != null;
    }

    /** JID.toBareJID() in one concatenation (it grows a StringBuilder of 16). */
    private static String bare(JID jid) {
        return jid.getNode() == null ? jid.getDomain() : jid.getNode() + '@' + jid.getDomain();
    }

    /**
     * Whether {@code getText()} would be non-empty, without joining the text nodes into a new string: a body read
     * from a client's stream has one text node per run between entities ({@code &amp;}, {@code &lt;}).
     */
    private static boolean hasText(Element element) {
        for (int i = 0, size = element.nodeCount(); i < size; i++) {
            Node node = element.node(i);
            short type = node.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE || type == Node.ENTITY_REFERENCE_NODE) {
                String text = node.getText();
                if (text != null && !text.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void messageReceived(JID roomJID, JID user, String nickname, Message message) {
        if (!isGroup(roomJID) || !enabled.getAsBoolean() || user == null) {
            return;
        }
        String group = bare(roomJID);
        // One walk over the children, by index (elementIterator() and getBody() each build a list of them).
        Element element = message.getElement();
        ArchivableMessageRule.Children children = new ArchivableMessageRule.Children();
        Element body = null;
        String id = null;
        for (int i = 0, size = element.nodeCount(); i < size; i++) {
            if (!(element.node(i) instanceof Element child)) {
                continue;
            }
            String namespace = child.getNamespaceURI();
            String name = child.getName();
            children.add(namespace, name);
            if (body == null && BODY.equals(name)) {
                // As Message.getBody(): the first child named body, in any namespace.
                body = child;
            } else if (STANZA_ID.equals(namespace) && "stanza-id".equals(name)
                    && group.equals(child.attributeValue("by"))) {
                id = child.attributeValue("id");
            }
        }
        if (!children.archives(body != null && hasText(body))) {
            return;
        }
        String sender = bare(user);
        String nick = nickname == null || nickname.isEmpty() ? user.getNode() : nickname;
        if (id == null || id.isEmpty() || id.length() > JdbcArchive.MAX_ID_LENGTH
                || group.length() > JdbcArchive.MAX_JID_LENGTH || sender.length() > JdbcArchive.MAX_JID_LENGTH
                || nick == null) {
            // No stanza-id (xmpp.sid.message.enabled is off) or a JID too long for the table.
            if (unarchivable.incrementAndGet() % 1000 == 1) {
                Log.warn("svgroups cannot archive a message in {} (no stanza-id by the group, or too long an address); {} so far.",
                        group, unarchivable.get());
            }
            return;
        }
        long order = clock.next();
        ArchivedMessage archived = new ArchivedMessage(group, order, id,
                Instant.ofEpochMilli(ArchiveClock.millisOf(order)), sender,
                nick.length() > JdbcArchive.MAX_NICKNAME_LENGTH ? nick.substring(0, JdbcArchive.MAX_NICKNAME_LENGTH) : nick,
                StoredStanza.of(message));
        if (!buffer.offer(archived) && buffer.dropped() % 1000 == 1) {
            Log.warn("svgroups' archive buffer is full (the database is not keeping up): {} messages not archived so far.",
                    buffer.dropped());
        }
    }

    @Override
    public void roomDestroyed(long roomID, JID roomJID) {
        if (!isGroup(roomJID)) {
            return;
        }
        String group = roomJID.toBareJID();
        buffer.forget(group);
        try {
            // Its member-since moments are forgotten by the membership recorder.
            int removed = store.removeGroup(group);
            Log.info("svgroups deleted the archive of dissolved group {} ({} messages).", group, removed);
        } catch (RuntimeException e) {
            // The retention purge does not reach it when retention is off: say so, so that an admin can act.
            Log.warn("svgroups could not delete the archive of dissolved group {}: {}", group, e.toString());
        }
    }
}
