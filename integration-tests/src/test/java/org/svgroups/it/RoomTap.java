package org.svgroups.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.FromMatchesFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.SvGroupsClient;

/**
 * Every groupchat message a client receives from a group's room, as raw Smack stanzas, in arrival order: also
 * those the client library's queue leaves out (no body). Subject messages (sent on entering) are left out. Taps are
 * created after the client has entered the room, and closed.
 */
final class RoomTap implements AutoCloseable {

    private final String who;
    private final StanzaCollector collector;

    private RoomTap(String who, StanzaCollector collector) {
        this.who = who;
        this.collector = collector;
    }

    static RoomTap on(SvGroupsClient client, EntityBareJid group) {
        return new RoomTap(client.user().getLocalpart().toString(), client.connection().createStanzaCollector(
                new AndFilter(StanzaTypeFilter.MESSAGE, MessageTypeFilter.GROUPCHAT, FromMatchesFilter.createBare(group),
                        stanza -> ((Message) stanza).getSubject() == null)));
    }

    /** Whose tap this is (the user's localpart), for failure messages. */
    String who() {
        return who;
    }

    /**
     * The next message with this stanza id (the room keeps the sender's), dropping others, or null if none comes in
     * time.
     */
    Message next(String stanzaId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            Message message = left <= 0 ? null : collector.nextResult(left);
            if (message == null || stanzaId.equals(message.getStanzaId())) {
                return message;
            }
        }
    }

    /**
     * Everything received until the message with this body arrives (included), waiting up to {@code timeout}; if
     * it does not come, everything received in that time.
     */
    List<Message> until(String body, Duration timeout) throws InterruptedException {
        List<Message> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            Message message = left <= 0 ? null : collector.nextResult(left);
            if (message == null) {
                return received;
            }
            received.add(message);
            if (body.equals(message.getBody())) {
                return received;
            }
        }
    }

    /** What has arrived and was not taken yet. */
    List<Message> drain() {
        List<Message> received = new ArrayList<>();
        for (Message message = collector.pollResult(); message != null; message = collector.pollResult()) {
            received.add(message);
        }
        return received;
    }

    @Override
    public void close() {
        collector.cancel();
    }
}
