package org.svgroups.core.links;

import java.util.Objects;
import java.util.Optional;

import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/** What a join by link comes to. */
public record LinkDecision(Outcome outcome, Optional<Refusal> refusal) {

    public enum Outcome {
        /** Refused; the refusal says why. */
        REFUSED,
        /** Already part of the group: nothing to do, no use counted. */
        ALREADY_IN,
        /** Becomes a member now. */
        JOIN,
        /** Waits for an owner's or admin's approval. */
        REQUEST
    }

    public LinkDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(refusal, "refusal");
        if ((outcome == Outcome.REFUSED) != refusal.isPresent()) {
            throw new IllegalArgumentException("a refusal goes with REFUSED and only with it");
        }
    }

    static LinkDecision refused(Refusal refusal) {
        return new LinkDecision(Outcome.REFUSED, Optional.of(refusal));
    }

    static LinkDecision of(Outcome outcome) {
        return new LinkDecision(outcome, Optional.empty());
    }

    /** Whether the try counts against the guess limit: only a token that is no link of the group does. */
    public boolean isInvalidLink() {
        return refusal.map(r -> r.condition() == AppCondition.LINK_INVALID).orElse(false);
    }
}
