package org.svgroups.core.moderation;

import java.util.Objects;
import java.util.Optional;

import org.svgroups.core.refusal.Refusal;

/**
 * What a retraction or moderation rule decided: refused (and why), or allowed, with the message to take back.
 *
 * @param refusal why it is refused; empty when it is allowed
 * @param target  the message to replace with a tombstone; null when refused
 */
public record RetractionDecision(Optional<Refusal> refusal, RetractionTarget target) {

    public RetractionDecision {
        Objects.requireNonNull(refusal, "refusal");
        if (refusal.isPresent() == (target != null)) {
            throw new IllegalArgumentException("a decision is either a refusal or a target");
        }
    }

    static RetractionDecision refuse(Refusal refusal) {
        return new RetractionDecision(Optional.of(refusal), null);
    }

    static RetractionDecision allow(RetractionTarget target) {
        return new RetractionDecision(Optional.empty(), target);
    }
}
