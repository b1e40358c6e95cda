package org.svgroups.openfire;

import java.time.Clock;
import java.util.List;

import org.dom4j.Element;
import org.dom4j.QName;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.moderation.RetractionDecision;
import org.svgroups.core.moderation.RetractionRule;
import org.svgroups.core.moderation.Tombstone;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.xmpp.packet.Message;

/**
 * A member takes back their own message (XEP-0424): a groupchat message to the group with
 * {@code <retract id='STANZA-ID' xmlns='urn:xmpp:message-retract:1'/>}, naming the message by the stanza-id the
 * group gave it. The retraction rule checks it against the group's archive; a refused retraction goes back to the
 * sender as a message error and is not relayed. An accepted one replaces the message with its tombstone in the
 * archive, then goes on to the room, which relays it to the occupants; the archive keeps it too (XEP-0424 says it
 * MUST, so that a client that had the message learns of the retraction when it catches up, as Prosody and ejabberd
 * do). It is relayed with XEP-0424's fallback text and nothing else of the sender's, so that no text rides on a
 * retraction, where no moderator could take it back.
 *
 * <p>Any other message carrying retraction or moderation elements at its top level (a tombstone's
 * {@code <retracted/>}, a moderation request or notice) is refused: only the group writes those, and a message
 * dressed as one could not be moderated. The archive is read and written on the sender's thread: retractions are
 * rare, and a retraction must see the message sent a moment before it, which is why it waits for the room's lock.
 */
final class RetractionPath {

    private static final QName RETRACT = QName.get("retract", RetractionXml.RETRACT);
    private static final QName MODERATED = QName.get("moderated", RetractionXml.MODERATE);

    private final GroupService groups;
    private final Tombstones tombstones;
    private final Clock clock;

    RetractionPath(GroupService groups, Tombstones tombstones, Clock clock) {
        this.groups = groups;
        this.tombstones = tombstones;
        this.clock = clock;
    }

    /** Whether the message is this path's (see {@link RetractionXml#concerns}). */
    boolean concerns(Message message) {
        return RetractionXml.concerns(message);
    }

    Verdict check(Message message) {
        MUCRoom room = groups.room(message.getTo().getNode());
        if (room == null) {
            // Openfire answers that there is no such room.
            return Verdict.PASS;
        }
        List<Element> retracts = message.getElement().elements(RETRACT);
        long others = message.getElement().elements().stream()
                .filter(child -> RetractionXml.RETRACT.equals(child.getNamespaceURI())
                        || RetractionXml.MODERATE.equals(child.getNamespaceURI()))
                .count() - retracts.size();
        if (retracts.size() != 1 || others > 0) {
            return Verdict.refuse(Refusal.of(AppCondition.RETRACTION_INVALID,
                    "A retraction carries exactly one <retract/>; tombstones and moderation are the group's to write."));
        }
        Element retract = retracts.get(0);
        if (retract.element(MODERATED) != null) {
            return Verdict.refuse(Refusal.of(AppCondition.RETRACTION_INVALID,
                    "Only the group announces a moderation; owners and admins moderate with an IQ to the group."));
        }
        String actor = message.getFrom().toBareJID();
        String group = room.getJID().toBareJID();
        // The sender's other session may name a message whose broadcast Openfire is still reporting to the archive
        // (it holds the room's lock until then), as a moderation may.
        groups.awaitRoomLock(room.getName());
        return tombstones.locked(group, () -> {
            RetractionDecision decision = RetractionRule.check(GroupService.membership(room), actor,
                    retract.attributeValue("id"), id -> tombstones.find(group, id));
            if (decision.refusal().isPresent()) {
                return Verdict.refuse(decision.refusal().get());
            }
            if (room.getOccupantByFullJID(message.getFrom()) == null) {
                // Openfire refuses groupchat from someone not in the room (not-acceptable): change nothing.
                return Verdict.PASS;
            }
            tombstones.replace(decision.target(), Tombstone.own(clock.instant(), message.getID()));
            RetractionXml.asRelayed(message);
            return Verdict.PASS;
        });
    }
}
