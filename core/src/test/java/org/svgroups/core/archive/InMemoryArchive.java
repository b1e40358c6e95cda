package org.svgroups.core.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The archive store in a list, as the database would keep it; can be made to fail. */
public final class InMemoryArchive implements ArchiveStore {

    final List<ArchivedMessage> stored = new ArrayList<>();
    /** How many appends fail before one succeeds. */
    int failures;
    int appends;
    int removals;

    @Override
    public void appendAll(List<ArchivedMessage> messages) {
        appends++;
        if (failures > 0) {
            failures--;
            throw new IllegalStateException("database down");
        }
        stored.addAll(messages);
        stored.sort(Comparator.comparing(ArchivedMessage::group).thenComparingLong(ArchivedMessage::order));
    }

    @Override
    public List<ArchivedMessage> page(String group, long after, long before, int limit, boolean fromEnd) {
        List<ArchivedMessage> range = stored.stream()
                .filter(m -> m.group().equals(group) && m.order() > after && m.order() < before).toList();
        return fromEnd ? range.subList(Math.max(0, range.size() - limit), range.size())
                : range.subList(0, Math.min(limit, range.size()));
    }

    @Override
    public Optional<Long> orderOf(String group, String id) {
        return stored.stream().filter(m -> m.group().equals(group) && m.id().equals(id)).map(ArchivedMessage::order).findFirst();
    }

    @Override
    public Optional<ArchivedMessage> find(String group, String id) {
        return stored.stream().filter(m -> m.group().equals(group) && m.id().equals(id)).findFirst();
    }

    @Override
    public boolean replaceStanza(String group, String id, String stanza) {
        for (int i = 0; i < stored.size(); i++) {
            ArchivedMessage m = stored.get(i);
            if (m.group().equals(group) && m.id().equals(id)) {
                stored.set(i, new ArchivedMessage(m.group(), m.order(), m.id(), m.sentAt(), m.sender(), m.nickname(), stanza));
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<ArchivedMessage> edge(String group, long after, boolean last) {
        List<ArchivedMessage> one = page(group, after, Long.MAX_VALUE, 1, last);
        return one.stream().findFirst();
    }

    @Override
    public int removeGroup(String group) {
        int before = stored.size();
        stored.removeIf(m -> m.group().equals(group));
        return before - stored.size();
    }

    @Override
    public int removeBefore(Instant cutoff, int limit) {
        removals++;
        List<ArchivedMessage> old = stored.stream().filter(m -> m.sentAt().isBefore(cutoff)).limit(limit).toList();
        stored.removeAll(old);
        return old.size();
    }
}
