package org.svgroups.openfire.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * Keeps the list of all groups for a short while (the cache's lifetime), so that paging, sorting and searching by
 * name through the groups list do not read every group's rows again at each click: reading them costs a few hundred
 * milliseconds at 10,000 groups on the embedded database. A group created or dissolved empties it at once; member
 * counts, activity and shares may be as old as the lifetime. Everything else goes to the database each time.
 */
public final class CachedGroupDirectory implements GroupDirectory {

    private static final String ALL = "all";

    private final GroupDirectory database;
    private final Map<String, ArrayList<Object[]>> cache;

    /**
     * @param cache where the list is kept (an Openfire cache in the plugin, shared by the cluster, whose entries
     *              expire), each row as {@link GroupRow#fields()}: only JDK classes, which every node and every
     *              load of the plugin can read back (a class of the plugin's would be another class after a reload)
     */
    public CachedGroupDirectory(GroupDirectory database, Map<String, ArrayList<Object[]>> cache) {
        this.database = Objects.requireNonNull(database, "database");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** Forgets the list: a group was created or dissolved, or someone was removed from one. */
    public void forget() {
        cache.remove(ALL);
    }

    @Override
    public List<GroupRow> groups() {
        ArrayList<Object[]> cached = cache.get(ALL);
        if (cached == null) {
            List<GroupRow> rows = database.groups();
            cached = new ArrayList<>(rows.size());
            for (GroupRow row : rows) {
                cached.add(row.fields());
            }
            cache.put(ALL, cached);
        }
        return cached.stream().map(GroupRow::of).toList();
    }

    @Override
    public Set<String> groupsOf(String bareJid) {
        return database.groupsOf(bareJid);
    }

    @Override
    public Map<String, Set<String>> memberships() {
        return database.memberships();
    }

    @Override
    public Set<String> groupsWithMember(String text) {
        return database.groupsWithMember(text);
    }

    @Override
    public List<ItemShares> sharesOf(String groupJid, LocalDate from) {
        return database.sharesOf(groupJid, from);
    }

    @Override
    public SortedMap<LocalDate, Long> sharesPerDay(LocalDate from, LocalDate to) {
        return database.sharesPerDay(from, to);
    }

    @Override
    public List<ItemShares> mostShared(LocalDate from, LocalDate to, int limit) {
        return database.mostShared(from, to, limit);
    }
}
