package org.svgroups.core.moderation;

import java.util.Optional;

import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/** The checks both rules make of the stanza-id and of the message it names. */
final class Targets {

    private Targets() {
    }

    static Optional<Refusal> malformed(String id) {
        return id == null || id.isBlank()
                ? Optional.of(Refusal.of(AppCondition.RETRACTION_INVALID,
                        "Name the message to retract by its stanza-id (the 'id' attribute)."))
                : Optional.empty();
    }

    /** The same for an id that was never issued, one of another group and a message deleted by retention. */
    static Refusal notFound() {
        return Refusal.of(AppCondition.MESSAGE_NOT_FOUND, "This group has no message with that id.");
    }

    static RetractionDecision retractable(RetractionTarget target) {
        return switch (target.kind()) {
            case MESSAGE -> RetractionDecision.allow(target);
            case RETRACTION -> RetractionDecision.refuse(Refusal.of(AppCondition.NOT_RETRACTABLE,
                    "That is a retraction, which cannot itself be retracted."));
            case TOMBSTONE -> RetractionDecision.refuse(Refusal.of(AppCondition.NOT_RETRACTABLE,
                    "That message has already been retracted."));
        };
    }
}
