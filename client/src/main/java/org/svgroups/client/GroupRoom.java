package org.svgroups.client;

import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Consumer;

import org.jivesoftware.smack.MessageListener;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.Occupant;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.parts.Resourcepart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.core.share.Share;

/** A group's room as this client keeps it ({@link GroupRooms}): the Smack MUC, plus the queue and listeners fed by its messages. */
final class GroupRoom {

    private static final Logger LOGGER = LoggerFactory.getLogger(GroupRoom.class);

    final EntityBareJid jid;
    final MultiUserChat muc;
    final BlockingDeque<GroupMessage> queue = new LinkedBlockingDeque<>(GroupChat.QUEUE_CAPACITY);
    final List<Consumer<GroupMessage>> listeners = new CopyOnWriteArrayList<>();
    private final MessageListener mucListener = this::onMessage;

    GroupRoom(EntityBareJid jid, MultiUserChat muc) {
        this.jid = jid;
        this.muc = muc;
        muc.addMessageListener(mucListener);
    }

    void close() {
        muc.removeMessageListener(mucListener);
        listeners.clear();
        queue.clear();
    }

    private void onMessage(Message message) {
        if (bodyOf(message) == null) {
            // Subject changes and chat states carry no body (nor a share).
            return;
        }
        GroupMessage groupMessage = toGroupMessage(message);
        while (!queue.offerLast(groupMessage)) {
            queue.pollFirst();
        }
        for (Consumer<GroupMessage> listener : listeners) {
            try {
                listener.accept(groupMessage);
            } catch (RuntimeException e) {
                LOGGER.warn("Message listener for {} failed", jid, e);
            }
        }
    }

    GroupMessage toGroupMessage(Message message) {
        Jid from = message.getFrom();
        Resourcepart nick = from == null ? null : from.getResourceOrNull();
        BareJid sender = null;
        if (from != null && from.isEntityFullJid()) {
            Occupant occupant = muc.getOccupant(from.asEntityFullJidIfPossible());
            if (occupant != null && occupant.getJid() != null) {
                sender = occupant.getJid().asBareJid();
            }
        }
        boolean own = nick != null && nick.equals(muc.getNickname());
        String body = bodyOf(message);
        return new GroupMessage(jid, nick == null ? "" : nick.toString(), sender, body == null ? "" : body, own,
                DelayInformation.from(message) != null, message);
    }

    /** The text, or for a share without one (the server adds it, but not every server is ours) its plain text. */
    private static String bodyOf(Message message) {
        if (message.getBody() != null) {
            return message.getBody();
        }
        List<ShareElement> shares = ShareElement.from(message);
        return shares.size() == 1 ? shares.get(0).getShare().map(Share::plainText).orElse(null) : null;
    }
}
