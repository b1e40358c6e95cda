package org.svgroups.openfire;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.svgroups.core.group.MemberSince;
import org.svgroups.core.group.MembershipChanges;
import org.svgroups.openfire.admin.GroupDirectory;
import org.svgroups.openfire.bookmarks.BookmarkWorker;
import org.svgroups.openfire.db.JdbcMemberSince;
import org.svgroups.openfire.db.JdbcPlacedBookmarks;

/**
 * What follows from belonging to a group, kept up on every membership path: the member's bookmarks of their groups
 * and the moment they joined each (which the archive reads). Each on a thread of its own; both reconciled with the
 * groups in the background on every load.
 */
final class Belonging {

    private final BookmarkWorker bookmarks;
    private final MemberSinceRecorder memberSince;
    private final MembershipChanges changes;

    private Belonging(GroupService groups, GroupDirectory directory, Clock clock) {
        Cache<String, String> locks = CacheFactory.createCache("svgroups Bookmark Locks");
        bookmarks = BookmarkWorker.start(XMPPServer.getInstance().getServerInfo().getXMPPDomain(), groups.domain(),
                new ServiceMemberships(groups, directory), new JdbcPlacedBookmarks(DbConnectionManager::getConnection),
                locks::getLock, SvGroupsProperties.BOOKMARKS_ENABLED::getValue,
                Executors.newSingleThreadScheduledExecutor(Tasks.daemon("svgroups-bookmarks")));
        memberSince = new MemberSinceRecorder(groups, directory,
                new JdbcMemberSince(DbConnectionManager::getConnection), clock, Executors.newSingleThreadExecutor(
                Tasks.daemon("svgroups-member-since")));
        // The moment first: the bookmark brings the member's apps to the group, whose history they may then read.
        changes = MembershipChanges.all(List.of(memberSince, bookmarks));
    }

    static Belonging start(GroupService groups, GroupDirectory directory, Clock clock) {
        return new Belonging(groups, directory, clock);
    }

    /** What every membership path tells. */
    MembershipChanges changes() {
        return changes;
    }

    /** The moments written, and those noted a moment ago that are on their way. */
    MemberSince memberSince() {
        return memberSince;
    }

    /** Puts everyone's records and bookmarks in line with the groups, in the background. */
    void reconcileEveryone() {
        memberSince.reconcileEveryone();
        bookmarks.reconcileEveryone();
    }

    void stop() {
        bookmarks.close();
        memberSince.close();
    }
}
