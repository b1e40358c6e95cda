package org.svgroups.openfire.bookmarks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

import org.dom4j.Element;
import org.svgroups.core.bookmarks.BookmarkPlan;
import org.svgroups.core.bookmarks.GroupBookmark;
import org.svgroups.core.bookmarks.MemberBookmarksRule;
import org.svgroups.core.bookmarks.PlacedBookmarks;

/**
 * Brings one user's bookmarks in line with the groups they belong to: reads their storage, applies
 * {@link MemberBookmarksRule}, writes it back only when something changed, and records what svgroups placed. One
 * user at a time across the cluster (a lock per user), so that two changes at the same moment lose neither.
 */
final class MemberBookmarks {

    private final String xmppDomain;
    private final MemberBookmarksRule rule;
    private final Memberships memberships;
    private final BookmarkStorage storage;
    private final PlacedBookmarks placed;
    private final Function<String, Lock> locks;

    /**
     * @param xmppDomain the server's domain: users of other servers have no storage here and are skipped
     * @param locks      the lock of a user (a cluster-wide Openfire cache lock in the plugin)
     */
    MemberBookmarks(String xmppDomain, MemberBookmarksRule rule, Memberships memberships, BookmarkStorage storage,
                    PlacedBookmarks placed, Function<String, Lock> locks) {
        this.xmppDomain = xmppDomain;
        this.rule = rule;
        this.memberships = memberships;
        this.storage = storage;
        this.placed = placed;
        this.locks = locks;
    }

    /** @return whether the user's storage was written */
    boolean reconcile(String user) {
        return reconcile(user, null);
    }

    /**
     * @param candidates the groups a list of every membership, read earlier, gives the user; null: ask for them
     * @return whether the user's storage was written
     */
    boolean reconcile(String user, Set<String> candidates) {
        int at = user.indexOf('@');
        if (at <= 0 || !user.substring(at + 1).equalsIgnoreCase(xmppDomain) || !storage.isEnabled()) {
            return false;
        }
        String username = user.substring(0, at);
        Lock lock = locks.apply(user);
        lock.lock();
        try {
            List<GroupBookmark> groups = candidates == null ? memberships.bookmarksOf(user)
                    : memberships.bookmarksOf(user, candidates);
            Element bookmarks = storage.read(username);
            BookmarkPlan plan = rule.plan(StorageBookmarks.conferences(bookmarks), groups);
            if (!plan.isEmpty()) {
                StorageBookmarks.apply(bookmarks, plan);
                storage.write(username, bookmarks);
            }
            Set<String> now = new LinkedHashSet<>();
            groups.forEach(group -> now.add(group.group()));
            if (!now.equals(placed.groupsOf(user))) {
                placed.replace(user, now);
            }
            return !plan.isEmpty();
        } finally {
            lock.unlock();
        }
    }
}
