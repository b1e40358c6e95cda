package org.svgroups.client;

import java.util.Objects;
import java.util.Optional;

import org.jivesoftware.smack.packet.Message;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.svgroups.client.packet.RetractElement;

/**
 * A message taken back in a group, as a retraction or moderation notice received live or read from the group's
 * history: by its author (XEP-0424) or by a moderator (XEP-0425). Apps hide the message with that stanza-id (the
 * server has already replaced it with a tombstone in the history).
 *
 * @param group       the group
 * @param retractedId the stanza-id the group gave the message taken back
 * @param moderatedBy null when the author retracted it; else who moderated, as the group names them: a moderator's
 *                    bare JID, or the group's own JID when the service itself acted (an admin of the server)
 * @param reason      the moderation's reason, or null
 * @param nickname    the author's nickname for an own retraction; null for a moderation
 * @param stanza      the message as received
 */
public record Retraction(EntityBareJid group, String retractedId, String moderatedBy, String reason, String nickname,
                         Message stanza) {

    public Retraction {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(retractedId, "retractedId");
    }

    public boolean moderated() {
        return moderatedBy != null;
    }

    /**
     * The retraction a message of the group carries, if it is one to believe: a moderation only from the group
     * itself (its bare JID), as XEP-0425 requires, and an own retraction only from an occupant (so that nobody
     * passes a retraction of theirs off as a moderator's).
     *
     * @return the retraction, or empty when the message carries none or one that is not to be believed
     */
    public static Optional<Retraction> from(EntityBareJid group, Message message) {
        RetractElement retract = RetractElement.from(message);
        Jid from = message.getFrom();
        if (retract == null || from == null || !group.equals(from.asBareJid())) {
            return Optional.empty();
        }
        boolean fromGroup = from.getResourceOrNull() == null;
        if (fromGroup != retract.isModeration()) {
            return Optional.empty();
        }
        return Optional.of(new Retraction(group, retract.getId(), retract.getModeratedBy(), retract.getReason(),
                fromGroup ? null : from.getResourceOrNull().toString(), message));
    }
}
