package org.svgroups.openfire;

import java.io.File;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TimerTask;

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
import org.svgroups.core.invitations.PendingInvitations;
import org.svgroups.core.rules.GroupRules;
import org.svgroups.core.rules.RateCounters;
import org.svgroups.core.rules.ShareRules;
import org.svgroups.core.share.ShareCountStore;
import org.svgroups.core.share.ShareTally;
import org.svgroups.openfire.db.JdbcPendingInvitations;
import org.svgroups.openfire.db.JdbcShareCounts;
import org.svgroups.openfire.friends.ConfiguredFriendGraph;
import org.svgroups.openfire.friends.RosterFriendGraph;
import org.svgroups.openfire.people.OpenfirePeople;
import org.svgroups.openfire.share.ConfiguredCatalogue;
import org.xmpp.packet.JID;

/**
 * Wires svgroups into Openfire: the group service, the interceptor that enforces the group rules on every path,
 * the listener that profiles new rooms and forgets dissolved ones, the plugin's IQ handler, an hourly purge of
 * expired invitations, and the batched writing of share counts. Unloading removes every one of them and leaves the groups, the service, the pending
 * invitations and the counters in place, so that a reload or an upgrade resumes where it stopped.
 */
public class SvGroupsPlugin implements Plugin {

    private static final Logger Log = LoggerFactory.getLogger(SvGroupsPlugin.class);
    private static final Duration PURGE_PERIOD = Duration.ofHours(1);
    /** How often share counts go to the database: batches, not a write per share. */
    private static final Duration SHARE_FLUSH_PERIOD = Duration.ofSeconds(10);

    /** Read by console pages, on other threads. */
    private volatile GroupService groups;
    private GroupStanzaInterceptor interceptor;
    private GroupEventListener eventListener;
    private GroupIQHandler iqHandler;
    private TimerTask purge;
    private TimerTask shareFlush;
    private ShareTally tally;
    private ShareCountStore shareCounts;

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        SvGroupsProperties settings = new SvGroupsProperties();
        Clock clock = Clock.systemUTC();
        groups = GroupService.open(XMPPServer.getInstance().getMultiUserChatManager(),
                SvGroupsProperties.SERVICE_SUBDOMAIN.getValue(), settings);
        PendingInvitations pending = new JdbcPendingInvitations(DbConnectionManager::getConnection);
        GroupRules rules = new GroupRules(settings,
                new ConfiguredFriendGraph(new RosterFriendGraph(), cache("svgroups Follow Graph",
                        SvGroupsProperties.FOLLOW_GRAPH_CACHE_LIFETIME.getValue())),
                new OpenfirePeople(),
                new RateCounters(cache("svgroups Groups Created", Duration.ofDays(1)),
                        cache("svgroups Invitations Sent", Duration.ofHours(1))),
                clock);
        Enrolments enrolments = new Enrolments(groups, rules, pending, settings, clock);
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
                new SharePath(groups, shareRules, settings, tally));
        InterceptorManager.getInstance().addInterceptor(interceptor);
        eventListener = new GroupEventListener(groups, pending);
        MUCEventDispatcher.addListener(eventListener);
        iqHandler = new GroupIQHandler(groups, settings, pending, enrolments, clock);
        groups.service().addIQHandler(iqHandler);
        groups.service().addExtraFeature(SvGroupsProtocol.NAMESPACE);

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
        shareFlush = new TimerTask() {
            @Override
            public void run() {
                flushShareCounts();
            }
        };
        TaskEngine.getInstance().schedule(shareFlush, SHARE_FLUSH_PERIOD, SHARE_FLUSH_PERIOD);

        groups.applyProfileToAllGroups();
        Log.info("svgroups started on {} (member cap {}).", groups.domain(), settings.memberCap());
    }

    @Override
    public void destroyPlugin() {
        if (groups == null) {
            return;
        }
        TaskEngine.getInstance().cancelScheduledTask(purge);
        TaskEngine.getInstance().cancelScheduledTask(shareFlush);
        groups.service().removeExtraFeature(SvGroupsProtocol.NAMESPACE);
        groups.service().removeIQHandler(iqHandler);
        MUCEventDispatcher.removeListener(eventListener);
        InterceptorManager.getInstance().removeInterceptor(interceptor);
        // After the interceptor is gone nothing more is counted: this flush is the last.
        flushShareCounts();
        Log.info("svgroups stopped on {}; its groups stay in place.", groups.domain());
        groups = null;
    }

    private void flushShareCounts() {
        try {
            tally.flushTo(shareCounts);
        } catch (RuntimeException e) {
            // The counts stay in memory for the next flush.
            Log.warn("svgroups could not store share counts; will retry: {}", e.toString());
        }
    }

    /** The groups a user (a bare JID) belongs to, for the admin console; empty while the plugin is not running. */
    public List<UserGroup> groupsOf(String user) {
        GroupService current = groups;
        if (current == null) {
            return List.of();
        }
        JID jid = new JID(user);
        return current.groupsOf(jid).stream()
                .map(room -> new UserGroup(room.getJID().toBareJID(), room.getNaturalLanguageName(),
                        room.getAffiliation(jid).name(), GroupService.membership(room).size()))
                .toList();
    }

    /** A cluster-wide Openfire cache whose entries live at most {@code lifetime}. */
    private static <V extends Serializable> Cache<String, V> cache(String name, Duration lifetime) {
        Cache<String, V> cache = CacheFactory.createCache(name);
        cache.setMaxLifetime(lifetime.toMillis());
        return cache;
    }
}
