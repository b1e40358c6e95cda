package org.svgroups.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;

import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.packet.HistoryFinIq;
import org.svgroups.client.packet.HistoryQueryIq;
import org.svgroups.client.packet.HistoryResult;
import org.svgroups.client.provider.SvGroupsProviders;

/**
 * Reads a group's history from the server (XEP-0313, urn:xmpp:mam:2), a page at a time from the newest backwards:
 * {@code page(group, 50, null)} is the last 50 messages, {@code page(group, 50, previous.earliestId())} the 50
 * before them, until a page is {@link HistoryPage#complete() complete}. One instance per connection.
 */
public final class GroupHistory extends Manager {

    private static final Map<XMPPConnection, GroupHistory> INSTANCES = new WeakHashMap<>();

    static {
        SvGroupsProviders.register();
    }

    private GroupHistory(XMPPConnection connection) {
        super(connection);
    }

    public static synchronized GroupHistory getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, GroupHistory::new);
    }

    /**
     * One page of the group's history, oldest first.
     *
     * @param max    the most messages (the server serves at most 100 a page)
     * @param before the page ends before the message with this id; null for the newest page
     * @throws SvGroupsException.Refused when the server refuses (not a member: forbidden; no such group or id:
     *                                   item-not-found)
     */
    public HistoryPage page(EntityBareJid group, int max, String before) throws SvGroupsException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        XMPPConnection connection = connection();
        String queryId = UUID.randomUUID().toString();
        StanzaFilter results = stanza -> {
            HistoryResult result = stanza instanceof Message && group.equals(stanza.getFrom())
                    ? stanza.getExtension(HistoryResult.class) : null;
            return result != null && queryId.equals(result.getQueryId());
        };
        Duration timeout = Duration.ofMillis(connection.getReplyTimeout());
        try (StanzaCollector collector = connection.createStanzaCollector(results)) {
            HistoryFinIq fin = connection.createStanzaCollectorAndSend(new HistoryQueryIq(group, queryId, max, before))
                    .nextResultOrThrow();
            List<HistoryMessage> messages = new ArrayList<>();
            Message message;
            while ((message = collector.pollResult()) != null) {
                HistoryResult result = message.getExtension(HistoryResult.class);
                DelayInformation delay = result.getForwarded().getDelayInformation();
                Instant sentAt = delay == null ? null : delay.getStamp().toInstant();
                messages.add(new HistoryMessage(result.getId(), sentAt, result.getForwarded().getForwardedStanza()));
            }
            return new HistoryPage(messages, fin.isComplete());
        } catch (Exception e) {
            throw Failures.translate(e, "read the history of " + group, group, timeout);
        }
    }
}
