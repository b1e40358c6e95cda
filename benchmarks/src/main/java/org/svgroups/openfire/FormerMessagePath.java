package org.svgroups.openfire;

import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.dom4j.Element;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.openfire.db.JdbcArchive;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;

/**
 * The message path's per-message and per-copy work as svgroups 0.7.0 (main at 83410a6) did it, the "before" of
 * {@link MessagePathBenchmark}: the archive listener's walk (a set of "namespace name" strings for the archive rule,
 * {@code getBody()}, {@code toBareJID()}), the stored form through dom4j's {@code XMLWriter}, and the invite-link
 * interceptor's test of every copy's {@code to}. Kept here only to be measured against.
 */
final class FormerMessagePath {

    private static final String STANZA_ID = "urn:xmpp:sid:0";
    private static final String HINTS = "urn:xmpp:hints";
    private static final Set<String> KEPT_PAYLOADS = Set.of("urn:svgroups:share:0", "eu.siacs.conversations.axolotl",
            "urn:xmpp:omemo:2", "urn:xmpp:openpgp:0", "jabber:x:encrypted");
    private static final String RETRACTION = "urn:xmpp:message-retract:1 retract";

    private final String domain;
    private final ArchiveBuffer buffer;
    private final ArchiveClock clock;

    FormerMessagePath(String domain, ArchiveBuffer buffer, ArchiveClock clock) {
        this.domain = domain;
        this.buffer = buffer;
        this.clock = clock;
    }

    /** ArchiveListener.messageReceived, archive on. */
    void messageReceived(JID roomJID, JID user, String nickname, Message message) {
        if (!(domain.equals(roomJID.getDomain()) && roomJID.getNode() != null) || user == null) {
            return;
        }
        Element element = message.getElement();
        Set<String> children = new HashSet<>();
        String id = null;
        String group = roomJID.toBareJID();
        for (Iterator<Element> i = element.elementIterator(); i.hasNext(); ) {
            Element child = i.next();
            children.add(child.getNamespaceURI() + " " + child.getName());
            if (STANZA_ID.equals(child.getNamespaceURI()) && "stanza-id".equals(child.getName())
                    && group.equals(child.attributeValue("by"))) {
                id = child.attributeValue("id");
            }
        }
        String body = message.getBody();
        if (!archives(body != null && !body.isEmpty(), children)) {
            return;
        }
        String sender = user.toBareJID();
        String nick = nickname == null || nickname.isEmpty() ? user.getNode() : nickname;
        if (id == null || id.isEmpty() || id.length() > JdbcArchive.MAX_ID_LENGTH
                || group.length() > JdbcArchive.MAX_JID_LENGTH || sender.length() > JdbcArchive.MAX_JID_LENGTH
                || nick == null) {
            return;
        }
        long order = clock.next();
        buffer.offer(new ArchivedMessage(group, order, id, Instant.ofEpochMilli(ArchiveClock.millisOf(order)), sender,
                nick.length() > JdbcArchive.MAX_NICKNAME_LENGTH ? nick.substring(0, JdbcArchive.MAX_NICKNAME_LENGTH) : nick,
                storedStanza(message)));
    }

    /** ArchivableMessageRule.archives(boolean, Set). */
    static boolean archives(boolean hasBody, Set<String> children) {
        if (children.contains(RETRACTION)) {
            return true;
        }
        if (children.contains(HINTS + " no-store") || children.contains(HINTS + " no-permanent-store")) {
            return false;
        }
        if (hasBody || children.contains(HINTS + " store")) {
            return true;
        }
        for (String child : children) {
            int space = child.indexOf(' ');
            if (space > 0 && KEPT_PAYLOADS.contains(child.substring(0, space))) {
                return true;
            }
        }
        return false;
    }

    /** StoredStanza.of: through dom4j's XMLWriter, which StoredStanza keeps for trees it does not write itself. */
    static String storedStanza(Message message) {
        return StoredStanza.withXmlWriter(message);
    }

    /** LinkAnswerInterceptor's first step on every incoming message: is it to a group? */
    boolean linkAnswerAddressed(Message message) {
        String address = message.getElement().attributeValue("to");
        return address != null && GroupStanzaInterceptor.hasDomain(message, address, domain, Packet::getTo);
    }
}
