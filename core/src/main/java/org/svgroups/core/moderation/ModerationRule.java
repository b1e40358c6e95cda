package org.svgroups.core.moderation;

import java.util.Optional;
import java.util.function.Function;

import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * An owner or admin takes back anyone's message (XEP-0425), with an optional reason; so may the group service
 * itself (the admin console acting on a report). The moderator need not be in the room. The stanza-id must name a
 * message of this group's archive that is a message, not a retraction, a moderation notice or a tombstone.
 * Permission is checked before the archive is read, so that a plain member or a stranger learns nothing of it.
 */
public final class ModerationRule {

    /** The longest reason, in characters: a sentence or two, which every member's app shows. */
    public static final int MAX_REASON_LENGTH = 1000;

    private ModerationRule() {
    }

    /**
     * @param group   the group's people now
     * @param actor   the moderator's bare JID; null for the group service itself
     * @param id      the stanza-id the moderation names, as sent (null when absent)
     * @param reason  the reason given, or null
     * @param archive finds a stanza-id in this group's archive
     */
    public static RetractionDecision check(Membership group, String actor, String id, String reason,
                                           Function<String, Optional<RetractionTarget>> archive) {
        Optional<Refusal> malformed = Targets.malformed(id);
        if (malformed.isPresent()) {
            return RetractionDecision.refuse(malformed.get());
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            return RetractionDecision.refuse(Refusal.of(AppCondition.RETRACTION_INVALID,
                    "The reason is longer than " + MAX_REASON_LENGTH + " characters."));
        }
        if (actor != null && !group.owners().contains(actor) && !group.admins().contains(actor)) {
            return RetractionDecision.refuse(group.includes(actor)
                    ? Refusal.of(AppCondition.NOT_MODERATOR,
                            "Only the group's owners and admins can retract other people's messages.")
                    : Refusal.of(AppCondition.NOT_MEMBER, "Only the group's owners and admins can moderate its messages."));
        }
        return archive.apply(id).map(Targets::retractable).orElseGet(() -> RetractionDecision.refuse(Targets.notFound()));
    }
}
