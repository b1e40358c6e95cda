package org.svgroups.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.smack.packet.Message;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.packet.RetractedElement;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.core.moderation.Tombstone;
import org.svgroups.core.share.Share;

/**
 * One message of a group's history.
 *
 * @param id      the archive's id: the group's XEP-0359 stanza-id of the message, the same as on the live copy
 * @param sentAt  when the group delivered it
 * @param message the message as the group delivered it (sender as {@code group/nickname})
 */
public record HistoryMessage(String id, Instant sentAt, Message message) {

    /** The sender's nickname in the group. */
    public String nickname() {
        return message.getFrom() == null || message.getFrom().getResourceOrNull() == null ? null
                : message.getFrom().getResourceOrNull().toString();
    }

    /** The share the message carries, as {@link GroupMessage#share()} reads it. */
    public Optional<Share> share() {
        List<ShareElement> shares = ShareElement.from(message);
        return shares.size() == 1 ? shares.get(0).getShare() : Optional.empty();
    }

    /** The message's text; null when it has none (an end-to-end encrypted message, or a tombstone). */
    public String body() {
        return message.getBody();
    }

    /**
     * What the history keeps of a message that was taken back, in place of its content: when, by which retraction,
     * and for a moderation who moderated ({@link Tombstone#moderatedBy()}) and why ({@link Tombstone#reason()}).
     *
     * @return the tombstone, or empty for a message not taken back
     */
    public Optional<Tombstone> tombstone() {
        RetractedElement retracted = message.getExtension(RetractedElement.class);
        return retracted == null ? Optional.empty() : Optional.of(retracted.getTombstone());
    }

    /**
     * The retraction or moderation notice this item of the history is (see {@link Retraction#from}), so that an
     * app catching up hides the message it names.
     *
     * @return the retraction, or empty for any other message
     */
    public Optional<Retraction> retraction() {
        EntityBareJid group = message.getFrom() == null ? null : message.getFrom().asEntityBareJidIfPossible();
        return group == null ? Optional.empty() : Retraction.from(group, message);
    }
}
