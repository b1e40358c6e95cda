package org.svgroups.openfire;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.moderation.ModerationRule;
import org.svgroups.core.moderation.RetractionDecision;
import org.svgroups.core.moderation.Tombstone;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Taking messages back in the groups: a member's own retraction (XEP-0424, {@link RetractionPath}, on the
 * interceptor's message path) and moderation by an owner or admin (XEP-0425 0.3, {@link ModerationIQHandler}, an
 * IQ to the group, in the room or not) or by the group service itself ({@link #moderate}, for the admin console).
 * Both leave a tombstone in the archive; both features, and the archive's tombstones, are advertised on the
 * groups' disco#info.
 *
 * <p>Members who are not in the room get nothing at the moment of a moderation or retraction: there is no message
 * to tell them of (the notifier tells of new messages only), and their apps find the tombstone and the notice or
 * retraction in the archive when they catch up.
 */
public final class Moderation {

    private static final Logger Log = LoggerFactory.getLogger(Moderation.class);

    private final GroupService groups;
    private final Tombstones tombstones;
    private final Clock clock;
    private final RetractionPath path;
    /** Made by {@link #start}: Openfire's IQ handlers exist only in a running server. */
    private ModerationIQHandler handler;

    Moderation(GroupService groups, Tombstones tombstones, Clock clock) {
        this.groups = groups;
        this.tombstones = tombstones;
        this.clock = clock;
        this.path = new RetractionPath(groups, tombstones, clock);
    }

    /** Answers moderation IQs on the group service and advertises both features. */
    static Moderation start(GroupService groups, Archive archive, Clock clock) {
        Cache<String, String> locks = CacheFactory.createCache("svgroups Retraction Locks");
        Moderation moderation = new Moderation(groups, archive.tombstones(locks::getLock), clock);
        moderation.handler = new ModerationIQHandler(moderation);
        groups.service().addIQHandler(moderation.handler);
        groups.service().addExtraFeature(RetractionXml.RETRACT);
        groups.service().addExtraFeature(RetractionXml.TOMBSTONES);
        groups.service().addExtraFeature(RetractionXml.MODERATE);
        return moderation;
    }

    /** The interceptor's path for members' own retractions. */
    RetractionPath path() {
        return path;
    }

    void stop() {
        groups.service().removeExtraFeature(RetractionXml.MODERATE);
        groups.service().removeExtraFeature(RetractionXml.TOMBSTONES);
        groups.service().removeExtraFeature(RetractionXml.RETRACT);
        groups.service().removeIQHandler(handler);
    }

    /**
     * Retracts a message of a group as a moderator (XEP-0425): checks the moderator and the message, replaces the
     * message with its tombstone in the archive, broadcasts the group's notice
     * ({@code <retract id><moderated by/><reason/></retract>}) to the room's occupants and archives the notice.
     * A refusal changes nothing.
     *
     * @param group    the group's JID (its bare JID is used)
     * @param stanzaId the message's id: the stanza-id the group gave it, its id in the archive
     * @param actor    the moderator, an owner or admin of the group; null for the group service itself (the admin
     *                 console), which the notice and tombstone then name as the group's JID
     * @param reason   why, shown to the members; null or blank for none; at most
     *                 {@value ModerationRule#MAX_REASON_LENGTH} characters
     * @return done with the notice's id, or refused: {@link AppCondition#MESSAGE_NOT_FOUND} (no such group or no
     *         such message in it), {@link AppCondition#NOT_MEMBER} or {@link AppCondition#NOT_MODERATOR} (the actor
     *         may not), {@link AppCondition#NOT_RETRACTABLE} (a retraction, a notice or a message retracted
     *         already), {@link AppCondition#RETRACTION_INVALID} (no id, or too long a reason)
     * @throws RuntimeException when the archive cannot be read or written (nothing was broadcast then)
     */
    public ModerationOutcome moderate(JID group, String stanzaId, JID actor, String reason) {
        Objects.requireNonNull(group, "group");
        MUCRoom room = group.getNode() == null || !groups.domain().equals(group.getDomain()) ? null
                : groups.room(group.getNode());
        if (room == null) {
            return ModerationOutcome.refused(Refusal.of(AppCondition.MESSAGE_NOT_FOUND, "No such group."));
        }
        String groupJid = room.getJID().toBareJID();
        String moderator = actor == null ? null : actor.toBareJID();
        String by = moderator == null ? groupJid : moderator;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String noticeId = UUID.randomUUID().toString();
        // Openfire tells the archive of a delivered message after broadcasting it, still under the room's lock: a
        // message whose reflection was seen has reached the archive once that lock is free.
        groups.awaitRoomLock(room.getName());
        Optional<Refusal> refusal = tombstones.locked(groupJid, () -> {
            RetractionDecision decision = ModerationRule.check(GroupService.membership(room), moderator, stanzaId, why,
                    id -> tombstones.find(groupJid, id));
            if (decision.refusal().isEmpty()) {
                tombstones.replace(decision.target(), Tombstone.moderated(clock.instant(), noticeId, by, why));
            }
            return decision.refusal();
        });
        if (refusal.isPresent()) {
            return ModerationOutcome.refused(refusal.get());
        }
        Message notice = RetractionXml.moderationNotice(room.getJID().asBareJID(), noticeId, stanzaId, by, why);
        groups.withRoom(room.getName(), null, current -> {
            current.send(notice.createCopy(), current.getSelfRepresentation());
            return new GroupService.Outcome<Void>(null, false);
        });
        tombstones.archive(groupJid, room.getName(), noticeId, notice);
        Log.info("svgroups: {} moderated message {} in {}.", by, stanzaId, groupJid);
        return ModerationOutcome.done(noticeId);
    }
}
