package org.svgroups.openfire;

import java.io.File;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TimerTask;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.cluster.ClusterManager;
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
import org.svgroups.core.cluster.ClusterView;
import org.svgroups.core.cluster.OnceInCluster;
import org.svgroups.core.cluster.ReconciliationDuty;
import org.svgroups.core.group.MembershipChanges;
import org.svgroups.core.invitations.PendingInvitations;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.core.reports.ReportModeration;
import org.svgroups.core.reports.ReportStore;
import org.svgroups.core.reports.Suspensions;
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
import org.svgroups.openfire.db.JdbcGroupActivity;
import org.svgroups.openfire.db.JdbcGroupDirectory;
import org.svgroups.openfire.db.JdbcInvitationCounts;
import org.svgroups.openfire.db.JdbcPendingInvitations;
import org.svgroups.openfire.db.JdbcShareCounts;
import org.svgroups.openfire.db.JdbcSuspensions;
import org.svgroups.openfire.friends.ConfiguredFriendGraph;
import org.svgroups.openfire.friends.RosterFriendGraph;
import org.svgroups.openfire.people.OpenfirePeople;
import org.svgroups.openfire.share.ConfiguredCatalogue;
import org.xmpp.packet.JID;

/**
 * Wires svgroups into Openfire: the group service, the interceptor that enforces the group rules on every path,
 * the listener that profiles new rooms, notes their activity and forgets dissolved ones, the plugin's IQ handler,
 * an hourly purge of expired invitations (like every purge and the reconciliation on load, done by one node of a
 * cluster: {@link OnceInCluster}), the batched writing of the counters (shares, invitations, activity), and
 * what the admin console needs; and, each in its own class, what follows from belonging to a group (bookmarks, the
 * moment of joining), the groups' history, invite links and the notifier. Unloading removes every one of them and
 * leaves the groups, the service, the pending invitations, the archive, the links and the counters in place, so that a
 * reload or an upgrade resumes where it stopped.
 */
public class SvGroupsPlugin implements Plugin {

    private static final Logger Log = LoggerFactory.getLogger(SvGroupsPlugin.class);
    private static final Duration PURGE_PERIOD = Duration.ofHours(1);
    /** How often the counters go to the database: batches, not a write per share, invitation or message. */
    private static final Duration COUNTER_FLUSH_PERIOD = Duration.ofSeconds(10);
    /** How long the console's list of all groups is kept between views (creating or dissolving a group empties it). */
    private static final Duration GROUPS_LIST_LIFETIME = Duration.ofSeconds(30);
    /** How long a node trusts what it read of a user's suspension (a new suspension reaches every node at once). */
    private static final Duration SUSPENSION_CACHE_LIFETIME = Duration.ofMinutes(5);

    /** Read by console pages, on other threads. */
    private volatile GroupService groups;
    private GroupStanzaInterceptor interceptor;
    private GroupEventListener eventListener;
    private GroupIQHandler iqHandler;
    private Periodic purge;
    private SeniorMemberListener reconciliation;
    private TimerTask counterFlush;
    private ShareTally tally;
    private ShareCountStore shareCounts;
    private InvitationTally invitationTally;
    private InvitationCountStore invitationCounts;
    private ActivityTracker activity;
    private GroupActivityStore activityStore;
    private volatile GroupAdministration administration;
    private Belonging belonging;
    private Archive archive;
    private InviteLinks inviteLinks;
    /** Read by console pages, on other threads. */
    private volatile Moderation moderation;
    /** Read by console pages, on other threads. */
    private volatile Reports reports;
    /** Read by the statistics page, on other threads. */
    private volatile Notifying notifying;

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        SvGroupsProperties settings = new SvGroupsProperties();
        Clock clock = Clock.systemUTC();
        ClusterView cluster = new OpenfireClusterView();
        OnceInCluster once = new OnceInCluster(cluster);
        groups = GroupService.open(XMPPServer.getInstance().getMultiUserChatManager(),
                SvGroupsProperties.SERVICE_SUBDOMAIN.getValue(), settings);
        CachedGroupDirectory directory = new CachedGroupDirectory(
                new JdbcGroupDirectory(DbConnectionManager::getConnection, groups.service().getServiceName(),
                        groups.domain()),
                cache("svgroups Groups List", GROUPS_LIST_LIFETIME));
        PendingInvitations pending = new JdbcPendingInvitations(DbConnectionManager::getConnection);
        belonging = Belonging.start(groups, directory, clock);
        MembershipChanges changes = belonging.changes();
        Notifying notifications = new Notifying(groups, settings, clock);
        invitationTally = new InvitationTally(clock);
        invitationCounts = new JdbcInvitationCounts(DbConnectionManager::getConnection);
        activity = new ActivityTracker(clock);
        activityStore = new JdbcGroupActivity(DbConnectionManager::getConnection);
        Suspensions suspensions = new CachedSuspensions(new JdbcSuspensions(DbConnectionManager::getConnection),
                cache("svgroups Suspensions", SUSPENSION_CACHE_LIFETIME));
        ConfiguredFriendGraph friends = new ConfiguredFriendGraph(new RosterFriendGraph(), cache("svgroups Follow Graph",
                SvGroupsProperties.FOLLOW_GRAPH_CACHE_LIFETIME.getValue()));
        GroupRules rules = new GroupRules(settings, friends,
                new OpenfirePeople(),
                new RateCounters(cache("svgroups Groups Created", Duration.ofDays(1)),
                        cache("svgroups Invitations Sent", Duration.ofHours(1))),
                invitationTally, suspensions, clock);
        Enrolments enrolments = new Enrolments(groups, rules, pending, settings, clock, changes,
                notifications.notifications());
        ShareRules shareRules = new ShareRules(settings, settings,
                new ConfiguredCatalogue(cache("svgroups Catalogue", SvGroupsProperties.CATALOGUE_CACHE_LIFETIME.getValue())),
                new OpenfirePeople(),
                cache("svgroups Shares Sent", Duration.ofMinutes(1)), clock);
        tally = new ShareTally(clock);
        shareCounts = new JdbcShareCounts(DbConnectionManager::getConnection);

        // The archive before the rules: a member's retraction is checked against it.
        archive = Archive.start(groups, belonging.memberSince(), manager, this, once, clock);
        moderation = Moderation.start(groups, archive, clock);
        inviteLinks = InviteLinks.create(groups, settings, friends, enrolments, once, clock);
        // Rules first, so that nothing slips through while existing rooms are being checked.
        interceptor = new GroupStanzaInterceptor(groups,
                new ConfigurationFormPath(groups, rules),
                new AffiliationChangePath(groups, rules),
                new MediatedInvitationPath(groups, rules, enrolments),
                new DirectInvitationPath(groups, rules, enrolments),
                new DeclinePath(enrolments),
                new JoinPath(groups, rules, enrolments),
                moderation.path(),
                new SharePath(groups, shareRules, settings, tally),
                inviteLinks.answers(),
                new AppliedChanges(groups, changes));
        InterceptorManager.getInstance().addInterceptor(interceptor);
        eventListener = new GroupEventListener(groups, pending, activity, activityStore, directory, changes, cluster,
                TaskEngine.getInstance()::submit);
        MUCEventDispatcher.addListener(eventListener);
        iqHandler = new GroupIQHandler(groups, directory, settings, pending, enrolments, clock, changes);
        groups.service().addIQHandler(iqHandler);
        groups.service().addExtraFeature(SvGroupsProtocol.NAMESPACE);
        inviteLinks.start();

        purge = new Periodic(Tasks.once(once, () -> {
            int removed = pending.removeExpired(clock.instant());
            if (removed > 0) {
                Log.info("svgroups removed {} expired invitations.", removed);
            }
        }), Duration.ZERO, PURGE_PERIOD, clock);
        purge.start();
        counterFlush = Tasks.task(this::flushCounters);
        TaskEngine.getInstance().schedule(counterFlush, COUNTER_FLUSH_PERIOD, COUNTER_FLUSH_PERIOD);
        administration = new GroupAdministration(groups, directory, pending, invitationCounts, new OpenfirePeople(),
                changes, inviteLinks.links(), inviteLinks.requests());
        reports = Reports.start(groups, archive, belonging.memberSince(), settings, suspensions, administration, moderation,
                report -> notifications.notifications().reported(groups.room(new JID(report.group()).getNode()), report),
                once, clock);
        // Last, so that a failure above leaves no sending thread behind.
        notifications.start();
        notifying = notifications;

        groups.applyProfileToAllGroups();
        reconciliation = new SeniorMemberListener(new ReconciliationDuty(once, this::reconcileHere));
        ClusterManager.addListener(reconciliation);
        if (!reconciliation.duty().loaded()) {
            Log.info("svgroups leaves the reconciliation of bookmarks and membership records to the senior cluster member.");
        }
        Log.info("svgroups started on {} (member cap {}).", groups.domain(), settings.memberCap());
    }

    @Override
    public void destroyPlugin() {
        if (groups == null) {
            return;
        }
        ClusterManager.removeListener(reconciliation);
        purge.stop();
        TaskEngine.getInstance().cancelScheduledTask(counterFlush);
        moderation.stop();
        moderation = null;
        reports.stop();
        archive.stop();
        inviteLinks.stop();
        groups.service().removeExtraFeature(SvGroupsProtocol.NAMESPACE);
        groups.service().removeIQHandler(iqHandler);
        MUCEventDispatcher.removeListener(eventListener);
        InterceptorManager.getInstance().removeInterceptor(interceptor);
        notifying.stop();
        notifying = null;
        // After the interceptor and the listener are gone nothing more is counted: this flush is the last.
        flushCounters();
        belonging.stop();
        Log.info("svgroups stopped on {}; its groups stay in place.", groups.domain());
        groups = null;
        administration = null;
        reports = null;
    }

    private void reconcileHere() {
        Log.info("svgroups reconciles every member's bookmarks and membership records on this node.");
        belonging.reconcileEveryone();
    }

    /** Each counter on its own, so that one failing does not hold the others back; what fails waits for the next flush. */
    private void flushCounters() {
        Tasks.logFailure("share counts", () -> tally.flushTo(shareCounts));
        Tasks.logFailure("invitation counts", () -> invitationTally.flushTo(invitationCounts));
        Tasks.logFailure("group activity", () -> activity.flushTo(activityStore));
    }

    /** The notifier's counters, for the console; null while the plugin is not running. */
    public NotifyStats notifyStats() {
        Notifying current = notifying;
        return current == null ? null : current.stats();
    }

    /** Moderation of the groups' messages, for the admin console; null while the plugin is not running. */
    public Moderation moderation() {
        return moderation;
    }

    /** The reports, for the console; null while the plugin is not running. */
    public ReportStore reportStore() {
        Reports current = reports;
        return current == null ? null : current.store();
    }

    /** Acting on reports, for the console; null while the plugin is not running. */
    public ReportModeration reportModeration() {
        Reports current = reports;
        return current == null ? null : current.moderation();
    }

    /** What the admin console reads and does; null while the plugin is not running. */
    public GroupAdministration administration() {
        return administration;
    }

    /** A cluster-wide Openfire cache whose entries live at most {@code lifetime}. */
    private static <V extends Serializable> Cache<String, V> cache(String name, Duration lifetime) {
        Cache<String, V> cache = CacheFactory.createCache(name);
        cache.setMaxLifetime(lifetime.toMillis());
        return cache;
    }
}
