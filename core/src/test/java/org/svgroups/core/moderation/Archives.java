package org.svgroups.core.moderation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.svgroups.core.archive.ArchivedMessage;

/** A group's archive as the rules see it: stanza-ids to what they name, counting the look-ups. */
final class Archives implements Function<String, Optional<RetractionTarget>> {

    static final String GROUP = "dance@groups.svgroups.test";

    private final Map<String, RetractionTarget> byId;
    final AtomicInteger lookups = new AtomicInteger();

    Archives(Map<String, RetractionTarget> byId) {
        this.byId = byId;
    }

    static RetractionTarget target(String id, String sender, ArchivedKind kind) {
        return new RetractionTarget(new ArchivedMessage(GROUP, 1, id, Instant.EPOCH, sender, "nick", "<message/>"), kind);
    }

    @Override
    public Optional<RetractionTarget> apply(String id) {
        lookups.incrementAndGet();
        return Optional.ofNullable(byId.get(id));
    }
}
