package org.svgroups.core.moderation;

import java.util.Objects;

import org.svgroups.core.archive.ArchivedMessage;

/**
 * The archived message a retraction or a moderation names by its stanza-id.
 *
 * @param message the message as the archive holds it (its sender is the author's bare JID)
 * @param kind    what it is: only a {@link ArchivedKind#MESSAGE} can be retracted
 */
public record RetractionTarget(ArchivedMessage message, ArchivedKind kind) {

    public RetractionTarget {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kind, "kind");
    }
}
