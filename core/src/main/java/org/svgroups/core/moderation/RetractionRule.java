package org.svgroups.core.moderation;

import java.util.Optional;
import java.util.function.Function;

import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * A member takes back their own message (XEP-0424): the retractor is part of the group, the stanza-id names a
 * message of this group's archive, that message is theirs (same bare JID), and it is a message, not a retraction,
 * a moderation notice or a tombstone. The checks run in that order, so that someone outside the group learns
 * nothing of its archive, and the archive is read only for members.
 */
public final class RetractionRule {

    private RetractionRule() {
    }

    /**
     * @param group   the group's people now
     * @param actor   the retractor's bare JID
     * @param id      the stanza-id the retraction names, as sent (null when absent)
     * @param archive finds a stanza-id in this group's archive
     */
    public static RetractionDecision check(Membership group, String actor, String id,
                                           Function<String, Optional<RetractionTarget>> archive) {
        Optional<Refusal> malformed = Targets.malformed(id);
        if (malformed.isPresent()) {
            return RetractionDecision.refuse(malformed.get());
        }
        if (!group.includes(actor)) {
            return RetractionDecision.refuse(Refusal.of(AppCondition.NOT_MEMBER,
                    "Only members of the group can retract messages in it."));
        }
        Optional<RetractionTarget> target = archive.apply(id);
        if (target.isEmpty()) {
            return RetractionDecision.refuse(Targets.notFound());
        }
        if (!target.get().message().sender().equals(actor)) {
            return RetractionDecision.refuse(Refusal.of(AppCondition.NOT_AUTHOR,
                    "You can only retract your own messages; owners and admins can moderate others' messages."));
        }
        return Targets.retractable(target.get());
    }
}
