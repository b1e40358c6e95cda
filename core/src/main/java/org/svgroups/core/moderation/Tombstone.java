package org.svgroups.core.moderation;

import java.time.Instant;
import java.util.Objects;

/**
 * What the archive keeps of a retracted message in place of its content (XEP-0424 and XEP-0425 tombstones): when
 * it was retracted and by which retraction, and for a moderation who moderated it and why. The message's id,
 * sender and time stay; its body, share and encrypted payload go.
 *
 * @param retractedAt  when it was retracted
 * @param retractionId the id attribute of the retraction's message, which the tombstone repeats so that clients
 *                     match the two (XEP-0424); null when the retraction had none
 * @param moderatedBy  for a moderation: the moderator's bare JID, or the group's JID when the group service itself
 *                     moderated; null for an own retraction
 * @param reason       the moderation's reason, or null
 */
public record Tombstone(Instant retractedAt, String retractionId, String moderatedBy, String reason) {

    public Tombstone {
        Objects.requireNonNull(retractedAt, "retractedAt");
        if (moderatedBy == null && reason != null) {
            throw new IllegalArgumentException("only a moderation has a reason");
        }
    }

    /** The tombstone of a message its author retracted. */
    public static Tombstone own(Instant retractedAt, String retractionId) {
        return new Tombstone(retractedAt, retractionId, null, null);
    }

    /** The tombstone of a moderated message. */
    public static Tombstone moderated(Instant retractedAt, String retractionId, String moderatedBy, String reason) {
        return new Tombstone(retractedAt, retractionId, Objects.requireNonNull(moderatedBy, "moderatedBy"),
                reason == null || reason.isBlank() ? null : reason);
    }

    public boolean isModeration() {
        return moderatedBy != null;
    }
}
