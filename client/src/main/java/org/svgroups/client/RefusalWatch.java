package org.svgroups.client;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages that get no positive reply (invitations, declines) and reports the first refusal. A refusal is an
 * error message with the id of one of them, from its addressee (or from the user's own server). After sending them
 * all, a disco#info round trip to the group flushes any error the server sent in order, and a grace period covers a
 * server that answers out of order.
 */
final class RefusalWatch {

    private static final Logger LOGGER = LoggerFactory.getLogger(RefusalWatch.class);

    private RefusalWatch() {
    }

    /**
     * Sends the messages and waits for a refusal as described above.
     *
     * @param connection the connection to send them on.
     * @param grace how long to wait for a refusal after the round trip; zero to rely on the round trip alone.
     * @param action what is being done, in words, for failure messages.
     * @param group the group concerned: the round trip goes there, and a refusal names it.
     * @param messages the messages, built (so that they have their ids).
     * @throws SvGroupsException.Refused if one of them was refused.
     * @throws SvGroupsException on any other failure.
     */
    static void send(XMPPConnection connection, Duration grace, String action, EntityBareJid group,
                     List<Message> messages) throws SvGroupsException {
        if (messages.isEmpty()) {
            return;
        }
        Map<String, BareJid> addressees = new HashMap<>();
        for (Message message : messages) {
            addressees.put(message.getStanzaId(), message.getTo().asBareJid());
        }
        DomainBareJid ownServer = connection.getXMPPServiceDomain();
        StanzaFilter refusals = new AndFilter(MessageTypeFilter.ERROR, stanza -> isRefusalOf(stanza, addressees, ownServer));
        StanzaCollector errors = connection.createStanzaCollector(refusals);
        try {
            Failures.call(connection, action, group, () -> {
                for (Message message : messages) {
                    connection.sendStanza(message);
                }
                return null;
            });
            roundTrip(connection, action, group);
            long waitMillis = grace.toMillis();
            Message error = waitMillis == 0 ? errors.pollResult()
                    : Failures.call(connection, action, group, () -> errors.<Message>nextResult(waitMillis));
            if (error != null) {
                throw new SvGroupsException.Refused(Refusal.from(error.getError()), group, null);
            }
        } finally {
            errors.cancel();
        }
    }

    private static boolean isRefusalOf(Stanza error, Map<String, BareJid> addressees, DomainBareJid ownServer) {
        BareJid addressee = addressees.get(error.getStanzaId());
        Jid from = error.getFrom();
        return addressee != null && from != null && (from.asBareJid().equals(addressee) || from.equals(ownServer));
    }

    /** Any answer from the group, result or error, means the server has processed what was sent before. */
    private static void roundTrip(XMPPConnection connection, String action, EntityBareJid group)
            throws SvGroupsException {
        try {
            ServiceDiscoveryManager.getInstanceFor(connection).discoverInfo(group);
        } catch (XMPPException.XMPPErrorException | SmackException.NoResponseException e) {
            LOGGER.debug("Round trip to {} ended with {}", group, e.toString());
        } catch (Exception e) {
            throw Failures.translate(e, action, group, Failures.replyTimeout(connection));
        }
    }
}
