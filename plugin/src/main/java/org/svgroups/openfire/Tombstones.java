package org.svgroups.openfire;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.svgroups.core.archive.ArchiveStore;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.moderation.RetractionTarget;
import org.svgroups.core.moderation.Tombstone;
import org.xmpp.packet.Message;

/**
 * The archive as retractions and moderations use it: finding the message a stanza-id names (the messages not yet
 * written included: the buffer is flushed first, so that a message retracted right after it was sent is found),
 * replacing it with its tombstone, and archiving the group's own moderation notices. One group's retractions and
 * moderations run one at a time, under a cluster-wide lock, so that a message is never taken back twice.
 */
final class Tombstones {

    private final ArchiveStore store;
    private final ArchiveBuffer buffer;
    private final ArchiveClock clock;
    private final BooleanSupplier archiving;
    private final Function<String, Lock> locks;

    /**
     * @param archiving whether the archive keeps new messages now
     * @param locks     a cluster-wide lock by group JID
     */
    Tombstones(ArchiveStore store, ArchiveBuffer buffer, ArchiveClock clock, BooleanSupplier archiving,
               Function<String, Lock> locks) {
        this.store = store;
        this.buffer = buffer;
        this.clock = clock;
        this.archiving = archiving;
        this.locks = locks;
    }

    /** Runs {@code work} holding the group's retraction lock. */
    <T> T locked(String group, Supplier<T> work) {
        Lock lock = locks.apply(group);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The message with that stanza-id in the group's archive, and what it is. */
    Optional<RetractionTarget> find(String group, String id) {
        if (buffer.hasPending(group)) {
            buffer.flushTo(store);
        }
        return store.find(group, id).map(message -> new RetractionTarget(message, RetractionXml.kind(message.stanza())));
    }

    /** Replaces the message with its tombstone; its ids, sender and time stay. */
    void replace(RetractionTarget target, Tombstone tombstone) {
        ArchivedMessage message = target.message();
        if (!store.replaceStanza(message.group(), message.id(), RetractionXml.tombstone(message.stanza(), tombstone))) {
            // Found a moment ago under the lock: only the retention purge or a dissolution can have removed it.
            throw new IllegalStateException("message " + message.id() + " left the archive of " + message.group());
        }
    }

    /**
     * Archives a notice the group itself sent (a moderation), as the archive listener archives what members send:
     * the group as sender, its stanza-id as the MAM id. Not while the archive is off, like any message.
     */
    void archive(String group, String roomName, String stanzaId, Message notice) {
        if (!archiving.getAsBoolean()) {
            return;
        }
        long order = clock.next();
        buffer.offer(new ArchivedMessage(group, order, stanzaId, Instant.ofEpochMilli(ArchiveClock.millisOf(order)),
                group, roomName, StoredStanza.of(notice)));
    }
}
