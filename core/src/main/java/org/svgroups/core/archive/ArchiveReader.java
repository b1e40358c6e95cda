package org.svgroups.core.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.svgroups.core.archive.InvalidArchiveQueryException.Condition;

/**
 * Answers queries of one group's archive for one reader: what the query asks, within what the reader may read
 * (from the moment they became a member, or everything). Ids are looked up in the group's archive; an id the
 * archive does not have, or has from before the reader may read, is refused alike with item-not-found, so that
 * nothing is revealed of what the reader cannot read.
 */
public final class ArchiveReader {

    private final ArchiveStore store;

    public ArchiveReader(ArchiveStore store) {
        this.store = store;
    }

    /**
     * @param readableFrom the first instant the reader may read, or null for the whole archive
     */
    public ArchivePage read(String group, ArchiveQuery query, Instant readableFrom) {
        long floor = floor(readableFrom);
        long after = floor;
        long before = Long.MAX_VALUE;
        if (query.start() != null) {
            after = Math.max(after, keyBefore(query.start()));
        }
        if (query.end() != null) {
            before = Math.min(before, keyAfter(query.end()));
        }
        if (query.afterId() != null) {
            after = Math.max(after, orderOf(group, query.afterId(), floor));
        }
        if (query.beforeId() != null) {
            before = Math.min(before, orderOf(group, query.beforeId(), floor));
        }
        if (query.pageAfter() != null) {
            after = Math.max(after, orderOf(group, query.pageAfter(), floor));
        }
        if (query.pageBefore() != null && !query.pageBefore().isEmpty()) {
            before = Math.min(before, orderOf(group, query.pageBefore(), floor));
        }
        if (after >= before - 1) {
            return new ArchivePage(List.of(), true);
        }
        // One more than the page, to know whether the page reaches the end of the range.
        List<ArchivedMessage> found = store.page(group, after, before, query.max() + 1, query.fromEnd());
        boolean complete = found.size() <= query.max();
        List<ArchivedMessage> page = new ArrayList<>(complete ? found
                : query.fromEnd() ? found.subList(1, found.size()) : found.subList(0, query.max()));
        if (query.flipPage()) {
            Collections.reverse(page);
        }
        return new ArchivePage(page, complete);
    }

    /** The first and the last message the reader may read, if any (the XEP-0313 metadata query). */
    public Optional<Bounds> bounds(String group, Instant readableFrom) {
        long floor = floor(readableFrom);
        Optional<ArchivedMessage> first = store.edge(group, floor, false);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bounds(first.get(), store.edge(group, floor, true).orElse(first.get())));
    }

    /** The first and the last message a reader may read. */
    public record Bounds(ArchivedMessage first, ArchivedMessage last) {
    }

    private long orderOf(String group, String id, long floor) {
        Optional<Long> order = store.orderOf(group, id);
        if (order.isEmpty() || order.get() <= floor) {
            throw new InvalidArchiveQueryException(Condition.ITEM_NOT_FOUND, "This group's archive has no message '" + id
                    + "' that you may read.");
        }
        return order.get();
    }

    /** The greatest key below every message the reader may read. */
    private static long floor(Instant readableFrom) {
        return readableFrom == null ? Long.MIN_VALUE : keyBefore(readableFrom);
    }

    /** The greatest key below the instant's millisecond. */
    private static long keyBefore(Instant instant) {
        return ArchiveClock.firstKeyOf(clampMillis(instant)) - 1;
    }

    /** The smallest key after the instant's millisecond. */
    private static long keyAfter(Instant instant) {
        return ArchiveClock.firstKeyOf(clampMillis(instant) + 1);
    }

    /** Epoch milliseconds, within what an order key can express. */
    private static long clampMillis(Instant instant) {
        long limit = Long.MAX_VALUE / ArchiveClock.PER_MILLI - 1;
        long seconds = instant.getEpochSecond();
        if (seconds > limit / 1000) {
            return limit;
        }
        if (seconds < -limit / 1000) {
            return -limit;
        }
        return instant.toEpochMilli();
    }
}
