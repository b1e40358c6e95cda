package org.svgroups.openfire;

import java.io.File;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TimerTask;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.util.TaskEngine;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.SvGroupsProtocol;
import org.svgroups.core.group.MembershipChanges;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.svgroups.core.archive.ArchiveRetention;
import org.svgroups.core.archive.ArchiveStore;
import org.svgroups.core.group.MemberSinceStore;
import org.svgroups.core.invitations.PendingInvitations;
import org.svgroups.core.notify.Backoff;
import org.svgroups.core.notify.GroupNotices;
import org.svgroups.core.notify.Notifier;
import org.svgroups.core.notify.NotifyQueue;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.core.notify.PreviewRule;
import org.svgroups.core.rules.GroupRules;
import org.svgroups.core.rules.RateCounters;
import org.svgroups.core.rules.ShareRules;
import org.svgroups.core.share.ShareCountStore;
import org.svgroups.core.share.ShareTally;
import org.svgroups.core.stats.ActivityTracker;
import org.svgroups.core.stats.GroupActivityStore;
import org.svgroups.core.stats.InvitationCountStore;
import org.svgroups.core.stats.InvitationTally;
import org.svgroups.openfire.admin.CachedGroupDirectory;
import org.svgroups.openfire.bookmarks.BookmarkWorker;
import org.svgroups.openfire.db.JdbcArchive;
import org.svgroups.openfire.db.JdbcGroupActivity;
import org.svgroups.openfire.db.JdbcGroupDirectory;
import org.svgroups.openfire.db.JdbcInvitationCounts;
import org.svgroups.openfire.db.JdbcMemberSince;
import org.svgroups.openfire.db.JdbcPendingInvitations;
import org.svgroups.openfire.db.JdbcPlacedBookmarks;
import org.svgroups.openfire.db.JdbcShareCounts;
import org.svgroups.openfire.friends.ConfiguredFriendGraph;
import org.svgroups.openfire.friends.RosterFriendGraph;
import org.svgroups.openfire.notify.GroupNotifications;
import org.svgroups.openfire.notify.HttpNotifySender;
import org.svgroups.openfire.notify.NotifyListener;
import org.svgroups.openfire.notify.NotifyWorker;
import org.svgroups.openfire.people.OpenfirePeople;
import org.svgroups.openfire.share.ConfiguredCatalogue;

/**
 * Wires svgroups into Openfire: the group service, the interceptor that enforces the group rules on every path,
 * the listener that profiles new rooms, notes their activity and forgets dissolved ones, the plugin's IQ handler,
 * an hourly purge of expired invitations, the batched writing of the counters (shares, invitations, activity), the
 * members' bookmarks of their groups (reconciled in the background at each load), the groups' history (XEP-0313),
 * the notifier that tells the app's backend of what reached absent members (its own thread), and what the admin
 * console needs. Unloading removes every one of them and leaves the groups, the service, the
 * pending invitations and the counters in place, so that a reload or an upgrade resumes where it stopped.
 */
public class SvGroupsPlugin implements Plugin {

    private static final Logger Log = LoggerFactory.getLogger(SvGroupsPlugin.class);
    private static final Duration PURGE_PERIOD = Duration.ofHours(1);
    /** How often the counters go to the database: batches, not a write per share, invitation or message. */
    private static final Duration COUNTER_FLUSH_PERIOD = Duration.ofSeconds(10);
    /**
     * How often archived messages go to the database. What a crash (kill -9) can lose: the messages of the last
     * period, and the batch being written.
     */
    private static final Duration ARCHIVE_FLUSH_PERIOD = Duration.ofSeconds(1);
    /** Messages held in memory at most while the database cannot take them (then new ones are dropped and counted). */
    private static final int ARCHIVE_BUFFER_CAPACITY = 50_000;
    private static final int ARCHIVE_BATCH = 500;
    /** The retention purge deletes this many messages per statement batch, and at most 100 batches an hour. */
    private static final int ARCHIVE_PURGE_BATCH = 1_000;
    private static final int ARCHIVE_PURGE_BATCHES = 100;
    /** How long the console's list of all groups is kept between views (creating or dissolving a group empties it). */
    private static final Duration GROUPS_LIST_LIFETIME = Duration.ofSeconds(30);
    /** How long unloading waits for the notifier's thread (its POST in progress is cancelled). */
    private static final Duration NOTIFY_STOP_WAIT = Duration.ofSeconds(5);

    /** Read by console pages, on other threads. */
    private volatile GroupService groups;
    private GroupStanzaInterceptor interceptor;
    private GroupEventListener eventListener;
    private GroupIQHandler iqHandler;
    private TimerTask purge;
    private TimerTask counterFlush;
    private ShareTally tally;
    private ShareCountStore shareCounts;
    private InvitationTally invitationTally;
    private InvitationCountStore invitationCounts;
    private ActivityTracker activity;
    private GroupActivityStore activityStore;
    private volatile GroupAdministration administration;
    private BookmarkWorker bookmarks;
    private MemberSinceRecorder memberSince;
    private ArchiveStore archiveStore;
    private ArchiveBuffer archiveBuffer;
    /** When each member joined each group: the archive reads it, the membership hooks write it. */
    private MemberSinceStore memberSinceStore;
    private ArchiveListener archiveListener;
    private ArchiveIQHandler archiveHandler;
    private ArchiveHandlerGuard archiveGuard;
    private PluginManager pluginManager;
    private TimerTask archiveFlush;
    private TimerTask archivePurge;
    private NotifyListener notifyListener;
    /** Read by the statistics page, on other threads. */
    private volatile NotifyWorker notifyWorker;

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        SvGroupsProperties settings = new SvGroupsProperties();
        Clock clock = Clock.systemUTC();
        groups = GroupService.open(XMPPServer.getInstance().getMultiUserChatManager(),
                SvGroupsProperties.SERVICE_SUBDOMAIN.getValue(), settings);
        CachedGroupDirectory directory = new CachedGroupDirectory(
                new JdbcGroupDirectory(DbConnectionManager::getConnection, groups.service().getServiceName(),
                        groups.domain()),
                cache("svgroups Groups List", GROUPS_LIST_LIFETIME));
        PendingInvitations pending = new JdbcPendingInvitations(DbConnectionManager::getConnection);
        Cache<String, String> bookmarkLocks = cache("svgroups Bookmark Locks", Duration.ofMinutes(1));
        bookmarks = BookmarkWorker.start(XMPPServer.getInstance().getServerInfo().getXMPPDomain(), groups.domain(),
                new ServiceMemberships(groups, directory), new JdbcPlacedBookmarks(DbConnectionManager::getConnection),
                bookmarkLocks::getLock, SvGroupsProperties.BOOKMARKS_ENABLED::getValue,
                Executors.newSingleThreadScheduledExecutor(daemon("svgroups-bookmarks")));
        memberSinceStore = new JdbcMemberSince(DbConnectionManager::getConnection);
        memberSince = new MemberSinceRecorder(groups, directory, memberSinceStore, clock,
                Executors.newSingleThreadExecutor(daemon("svgroups-member-since")));
        MembershipChanges changes = MembershipChanges.all(List.of(memberSince, bookmarks));
        invitationTally = new InvitationTally(clock);
        invitationCounts = new JdbcInvitationCounts(DbConnectionManager::getConnection);
        activity = new ActivityTracker(clock);
        activityStore = new JdbcGroupActivity(DbConnectionManager::getConnection);
        GroupRules rules = new GroupRules(settings,
                new ConfiguredFriendGraph(new RosterFriendGraph(), cache("svgroups Follow Graph",
                        SvGroupsProperties.FOLLOW_GRAPH_CACHE_LIFETIME.getValue())),
                new OpenfirePeople(),
                new RateCounters(cache("svgroups Groups Created", Duration.ofDays(1)),
                        cache("svgroups Invitations Sent", Duration.ofHours(1))),
                invitationTally, clock);
        NotifyQueue notifyQueue = new NotifyQueue(SvGroupsProperties.NOTIFY_QUEUE_CAPACITY.getValue());
        GroupNotifications notifications = new GroupNotifications(new GroupNotices(settings,
                new PreviewRule(PreviewRule.DEFAULT_MAX_CODE_POINTS), notifyQueue, clock));
        notifyWorker = new NotifyWorker(new Notifier(notifyQueue,
                new HttpNotifySender(settings, SvGroupsProperties.NOTIFY_TIMEOUT::getValue), settings, Backoff.DEFAULT,
                Notifier.DEFAULT_MAX_ATTEMPTS, clock), clock);
        Enrolments enrolments = new Enrolments(groups, rules, pending, settings, clock, changes, notifications);
        ShareRules shareRules = new ShareRules(settings, settings,
                new ConfiguredCatalogue(cache("svgroups Catalogue", SvGroupsProperties.CATALOGUE_CACHE_LIFETIME.getValue())),
                new OpenfirePeople(),
                cache("svgroups Shares Sent", Duration.ofMinutes(1)), clock);
        tally = new ShareTally(clock);
        shareCounts = new JdbcShareCounts(DbConnectionManager::getConnection);

        // Rules first, so that nothing slips through while existing rooms are being checked.
        interceptor = new GroupStanzaInterceptor(groups,
                new ConfigurationFormPath(groups, rules),
                new AffiliationChangePath(groups, rules),
                new MediatedInvitationPath(groups, rules, enrolments),
                new DirectInvitationPath(groups, rules, enrolments),
                new DeclinePath(enrolments),
                new JoinPath(groups, rules, enrolments),
                new SharePath(groups, shareRules, settings, tally),
                new AppliedChanges(groups, changes));
        InterceptorManager.getInstance().addInterceptor(interceptor);
        eventListener = new GroupEventListener(groups, pending, activity, activityStore, directory, changes);
        MUCEventDispatcher.addListener(eventListener);
        notifyListener = new NotifyListener(groups.domain(), groups::room, notifications);
        MUCEventDispatcher.addListener(notifyListener);
        iqHandler = new GroupIQHandler(groups, directory, settings, pending, enrolments, clock, changes);
        groups.service().addIQHandler(iqHandler);
        groups.service().addExtraFeature(SvGroupsProtocol.NAMESPACE);
        startArchive(manager, clock);

        purge = new TimerTask() {
            @Override
            public void run() {
                int removed = pending.removeExpired(clock.instant());
                if (removed > 0) {
                    Log.info("svgroups removed {} expired invitations.", removed);
                }
            }
        };
        TaskEngine.getInstance().schedule(purge, Duration.ZERO, PURGE_PERIOD);
        counterFlush = new TimerTask() {
            @Override
            public void run() {
                flushCounters();
            }
        };
        TaskEngine.getInstance().schedule(counterFlush, COUNTER_FLUSH_PERIOD, COUNTER_FLUSH_PERIOD);
        administration = new GroupAdministration(groups, directory, pending, invitationCounts, new OpenfirePeople(),
                changes);
        // Last, so that a failure above leaves no thread behind.
        notifyWorker.start();

        groups.applyProfileToAllGroups();
        memberSince.reconcileEveryone();
        bookmarks.reconcileEveryone();
        Log.info("svgroups started on {} (member cap {}).", groups.domain(), settings.memberCap());
    }

    @Override
    public void destroyPlugin() {
        if (groups == null) {
            return;
        }
        TaskEngine.getInstance().cancelScheduledTask(purge);
        TaskEngine.getInstance().cancelScheduledTask(counterFlush);
        stopArchive();
        groups.service().removeExtraFeature(SvGroupsProtocol.NAMESPACE);
        groups.service().removeIQHandler(iqHandler);
        MUCEventDispatcher.removeListener(notifyListener);
        MUCEventDispatcher.removeListener(eventListener);
        InterceptorManager.getInstance().removeInterceptor(interceptor);
        stopNotifying();
        // After the interceptor and the listener are gone nothing more is counted: this flush is the last.
        flushCounters();
        bookmarks.close();
        memberSince.close();
        Log.info("svgroups stopped on {}; its groups stay in place.", groups.domain());
        groups = null;
        administration = null;
    }

    /**
     * The groups' history (XEP-0313): the listener that captures delivered messages into the buffer, the flush that
     * writes them in batches, the MAM handler (kept registered over the Monitoring plugin's), its disco features on
     * the groups, and the hourly retention purge.
     */
    private void startArchive(PluginManager manager, Clock clock) {
        archiveStore = new JdbcArchive(DbConnectionManager::getConnection);
        archiveBuffer = new ArchiveBuffer(ARCHIVE_BUFFER_CAPACITY, ARCHIVE_BATCH);
        archiveListener = new ArchiveListener(groups, archiveBuffer, new ArchiveClock(clock), archiveStore);
        MUCEventDispatcher.addListener(archiveListener);
        archiveHandler = new ArchiveIQHandler(groups, archiveStore, archiveBuffer, memberSinceStore,
                XMPPServer.getInstance().getPacketRouter());
        groups.service().addIQHandler(archiveHandler);
        groups.service().addExtraFeature(ArchiveIQHandler.NAMESPACE);
        groups.service().addExtraFeature(ArchiveIQHandler.EXTENDED);
        pluginManager = manager;
        archiveGuard = new ArchiveHandlerGuard(groups.service(), archiveHandler, this);
        manager.addPluginListener(archiveGuard);
        archiveFlush = task(() -> flush("archived messages", () -> archiveBuffer.flushTo(archiveStore)));
        TaskEngine.getInstance().schedule(archiveFlush, ARCHIVE_FLUSH_PERIOD, ARCHIVE_FLUSH_PERIOD);
        ArchiveRetention retention = new ArchiveRetention(archiveStore, clock, ARCHIVE_PURGE_BATCH, ARCHIVE_PURGE_BATCHES);
        archivePurge = task(() -> flush("the archive's retention purge", () -> {
            int removed = retention.purge(SvGroupsProperties.ARCHIVE_RETENTION_DAYS.getValue());
            if (removed > 0) {
                Log.info("svgroups deleted {} archived messages past their retention.", removed);
            }
        }));
        TaskEngine.getInstance().schedule(archivePurge, Duration.ofMinutes(1), PURGE_PERIOD);
    }

    /** Removes what {@link #startArchive} added; the last flush writes what the listener captured. */
    private void stopArchive() {
        TaskEngine.getInstance().cancelScheduledTask(archiveFlush);
        TaskEngine.getInstance().cancelScheduledTask(archivePurge);
        pluginManager.removePluginListener(archiveGuard);
        groups.service().removeExtraFeature(ArchiveIQHandler.EXTENDED);
        groups.service().removeExtraFeature(ArchiveIQHandler.NAMESPACE);
        groups.service().removeIQHandler(archiveHandler);
        MUCEventDispatcher.removeListener(archiveListener);
        flush("archived messages", () -> archiveBuffer.flushTo(archiveStore));
        if (archiveBuffer.pending() > 0 || archiveBuffer.dropped() > 0) {
            Log.warn("svgroups stopped with {} messages not archived (database unavailable) and {} dropped.",
                    archiveBuffer.pending(), archiveBuffer.dropped());
        }
    }

    private static TimerTask task(Runnable run) {
        return new TimerTask() {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Each counter on its own, so that one failing does not hold the others back; what fails waits for the next flush. */
    private void flushCounters() {
        flush("share counts", () -> tally.flushTo(shareCounts));
        flush("invitation counts", () -> invitationTally.flushTo(invitationCounts));
        flush("group activity", () -> activity.flushTo(activityStore));
    }

    private static void flush(String what, Runnable flush) {
        try {
            flush.run();
        } catch (RuntimeException e) {
            Log.warn("svgroups could not store {}; will retry: {}", what, e.toString());
        }
    }

    /** Nothing more is queued once the listener and the interceptor are gone; what is still queued is not sent. */
    private void stopNotifying() {
        try {
            if (!notifyWorker.stop(NOTIFY_STOP_WAIT)) {
                Log.warn("svgroups notifier thread did not stop within {} s.", NOTIFY_STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        notifyWorker = null;
    }

    /** The notifier's counters, for the console; null while the plugin is not running. */
    public NotifyStats notifyStats() {
        NotifyWorker worker = notifyWorker;
        return worker == null ? null : worker.stats();
    }

    /** What the admin console reads and does; null while the plugin is not running. */
    public GroupAdministration administration() {
        return administration;
    }

    /** Names the plugin's own threads and keeps them from holding up Openfire's shutdown. */
    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A cluster-wide Openfire cache whose entries live at most {@code lifetime}. */
    private static <V extends Serializable> Cache<String, V> cache(String name, Duration lifetime) {
        Cache<String, V> cache = CacheFactory.createCache(name);
        cache.setMaxLifetime(lifetime.toMillis());
        return cache;
    }
}
