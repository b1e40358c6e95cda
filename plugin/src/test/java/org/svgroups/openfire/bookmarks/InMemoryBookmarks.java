package org.svgroups.openfire.bookmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.dom4j.Element;
import org.svgroups.core.bookmarks.GroupBookmark;
import org.svgroups.core.bookmarks.PlacedBookmarks;

/**
 * The edges of the bookmarks, in memory: users' storage (as Openfire's private storage keeps it), the placed
 * bookmarks table, the groups' memberships and the users' locks. Storage checks that its user's lock is held.
 */
final class InMemoryBookmarks {

    static final String DOMAIN = "example.org";
    static final String SERVICE = "groups.example.org";

    final Map<String, Element> stored = new HashMap<>();
    final List<String> writes = new ArrayList<>();
    final Map<String, Set<String>> placedRows = new HashMap<>();
    /** Group bare JID to member bare JIDs. */
    final Map<String, Set<String>> groups = new HashMap<>();
    final Map<String, String> names = new HashMap<>();
    final Map<String, ReentrantLock> locks = new HashMap<>();
    boolean enabled = true;
    RuntimeException failure;

    void group(String node, String name, String... members) {
        groups.put(node + "@" + SERVICE, new HashSet<>(List.of(members)));
        names.put(node + "@" + SERVICE, name);
    }

    ReentrantLock lock(String user) {
        return locks.computeIfAbsent(user, u -> new ReentrantLock());
    }

    private void checkLocked(String username) {
        if (!lock(username + "@" + DOMAIN).isHeldByCurrentThread()) {
            throw new AssertionError("storage of " + username + " used without the user's lock");
        }
    }

    final BookmarkStorage storage = new BookmarkStorage() {
        @Override
        public boolean isEnabled() {
            return enabled;
        }

        @Override
        public Element read(String username) {
            checkLocked(username);
            if (failure != null) {
                throw failure;
            }
            Element element = stored.get(username);
            return element == null ? StorageBookmarks.empty() : element.createCopy();
        }

        @Override
        public void write(String username, Element storage) {
            checkLocked(username);
            writes.add(username);
            stored.put(username, storage.createCopy());
        }
    };

    final PlacedBookmarks placed = new PlacedBookmarks() {
        @Override
        public Set<String> groupsOf(String user) {
            return Set.copyOf(placedRows.getOrDefault(user, Set.of()));
        }

        @Override
        public Set<String> holdersOf(String group) {
            Set<String> holders = new HashSet<>();
            placedRows.forEach((user, groups) -> {
                if (groups.contains(group)) {
                    holders.add(user);
                }
            });
            return holders;
        }

        @Override
        public Set<String> users() {
            return Set.copyOf(placedRows.keySet());
        }

        @Override
        public void replace(String user, Set<String> groups) {
            if (groups.isEmpty()) {
                placedRows.remove(user);
            } else {
                placedRows.put(user, Set.copyOf(groups));
            }
        }
    };

    /** How often a user's groups were asked for one by one, and from a list read earlier. */
    int groupQueries;
    int candidateLookups;

    final Memberships memberships = new Memberships() {
        @Override
        public List<GroupBookmark> bookmarksOf(String user) {
            groupQueries++;
            return bookmarks(user, groups.keySet());
        }

        @Override
        public List<GroupBookmark> bookmarksOf(String user, Set<String> candidates) {
            candidateLookups++;
            return bookmarks(user, candidates);
        }

        private List<GroupBookmark> bookmarks(String user, Set<String> candidates) {
            List<GroupBookmark> bookmarks = new ArrayList<>();
            groups.forEach((group, members) -> {
                if (candidates.contains(group) && members.contains(user)) {
                    bookmarks.add(new GroupBookmark(group, names.get(group), user.substring(0, user.indexOf('@'))));
                }
            });
            bookmarks.sort((a, b) -> a.group().compareTo(b.group()));
            return bookmarks;
        }

        @Override
        public Set<String> membersOf(String group) {
            return Set.copyOf(groups.getOrDefault(group, Set.of()));
        }

        @Override
        public Map<String, Set<String>> groupsByUser() {
            Map<String, Set<String>> byUser = new HashMap<>();
            groups.forEach((group, members) ->
                    members.forEach(member -> byUser.computeIfAbsent(member, m -> new HashSet<>()).add(group)));
            return byUser;
        }
    };

    MemberBookmarks reconciler() {
        return new MemberBookmarks(DOMAIN, new org.svgroups.core.bookmarks.MemberBookmarksRule(SERVICE), memberships,
                storage, placed, this::lock);
    }

    /** The JIDs of the user's stored conference entries, in order. */
    List<String> conferences(String username) {
        Element element = stored.get(username);
        return element == null ? List.of() : StorageBookmarks.conferences(element).stream().map(c -> c.jid()).toList();
    }
}
