package org.svgroups.openfire;

import java.util.Objects;
import java.util.Optional;

import org.svgroups.core.refusal.Refusal;

/**
 * What became of a moderation: done, with the id of the notice the group broadcast (also its id in the archive),
 * or refused, with the reason; a refused moderation changed nothing.
 *
 * @param refusal  why it was refused (its {@link Refusal#text()} is a sentence in English); empty when done
 * @param noticeId the notice's id; null when refused
 */
public record ModerationOutcome(Optional<Refusal> refusal, String noticeId) {

    public ModerationOutcome {
        Objects.requireNonNull(refusal, "refusal");
        if (refusal.isPresent() == (noticeId != null)) {
            throw new IllegalArgumentException("an outcome is either a refusal or a notice");
        }
    }

    public boolean done() {
        return refusal.isEmpty();
    }

    static ModerationOutcome refused(Refusal refusal) {
        return new ModerationOutcome(Optional.of(refusal), null);
    }

    static ModerationOutcome done(String noticeId) {
        return new ModerationOutcome(Optional.empty(), noticeId);
    }
}
