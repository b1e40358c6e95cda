package org.svgroups.openfire;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.cluster.OnceInCluster;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.MemberSince;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.reports.ModerationException;
import org.svgroups.core.reports.Report;
import org.svgroups.core.reports.ReportModeration;
import org.svgroups.core.reports.ReportRetention;
import org.svgroups.core.reports.ReportRules;
import org.svgroups.core.reports.ReportStore;
import org.svgroups.core.reports.Suspensions;
import org.svgroups.core.rules.RateLimitRule;
import org.svgroups.openfire.db.JdbcReports;
import org.svgroups.openfire.people.OpenfirePeople;
import org.xmpp.packet.JID;

/**
 * Members' reports in Openfire: the IQ handler that takes them on the group service (and its disco feature), the
 * XEP-0377 reports in XEP-0191 blocks that name a group's messages, the
 * per-user rate limit counted in a cluster-wide cache, the moderators' actions, and the hourly purge of closed
 * reports past their retention.
 */
final class Reports {

    private static final Logger Log = LoggerFactory.getLogger(Reports.class);
    private static final Duration PURGE_PERIOD = Duration.ofHours(1);
    private static final int PURGE_BATCH = 500;
    private static final int PURGE_BATCHES = 20;

    private final GroupService groups;
    private final ReportStore store;
    private final ReportIQHandler handler;
    private final BlockReports blockReports;
    private final ReportModeration moderation;
    private final Periodic purge;

    private Reports(GroupService groups, Archive archive, MemberSince memberSince, GroupSettings settings,
                    Suspensions suspensions, GroupAdministration administration, Moderation messages,
                    Consumer<Report> newReports, OnceInCluster once, Clock clock) {
        this.groups = groups;
        store = new JdbcReports(DbConnectionManager::getConnection);
        moderation = new ReportModeration(store, suspensions,
                new ReportEffects(groups, administration, XMPPServer.getInstance().getPacketRouter()),
                (group, stanzaId, reason) -> retractAsTheGroup(messages, group, stanzaId, reason), clock);
        Cache<String, Integer> counts = CacheFactory.createCache("svgroups Reports Sent");
        counts.setMaxLifetime(Duration.ofHours(1).toMillis());
        SecureRandom random = new SecureRandom();
        ReportRules rules = new ReportRules(store, archive.store(), archive.buffer(),
                new RateLimitRule("reports per hour", counts, Duration.ofHours(1),
                        SvGroupsProperties.REPORTS_PER_HOUR::getValue, clock),
                new OpenfirePeople(), new AgePolicy(settings, clock), clock,
                // Unguessable numbers: a report's number says nothing of how many there are.
                () -> random.nextLong(1, Long.MAX_VALUE));
        handler = new ReportIQHandler(groups, rules, memberSince, newReports, clock);
        blockReports = new BlockReports(groups, handler);
        ReportRetention retention = new ReportRetention(store, clock, PURGE_BATCH, PURGE_BATCHES);
        purge = new Periodic(Tasks.once(once, () -> Tasks.logFailure("the reports' retention purge", () -> {
            int removed = retention.purge(SvGroupsProperties.REPORTS_RETENTION_DAYS.getValue());
            if (removed > 0) {
                Log.info("svgroups deleted {} closed reports past their retention.", removed);
            }
        })), Duration.ofMinutes(2), PURGE_PERIOD, clock);
    }

    /** Starts taking reports on the group service. */
    static Reports start(GroupService groups, Archive archive, MemberSince memberSince, GroupSettings settings,
                         Suspensions suspensions, GroupAdministration administration, Moderation messages,
                         Consumer<Report> newReports, OnceInCluster once, Clock clock) {
        Reports reports = new Reports(groups, archive, memberSince, settings, suspensions, administration, messages,
                newReports, once, clock);
        groups.service().addIQHandler(reports.handler);
        groups.service().addExtraFeature(ReportIQHandler.NAMESPACE);
        InterceptorManager.getInstance().addInterceptor(reports.blockReports);
        reports.purge.start();
        return reports;
    }

    /**
     * The console's "retract the message": XEP-0425 by the group service itself (the notice and the tombstone name
     * the group, not the admin), with the moderator's statement as the reason the room is told.
     */
    private static void retractAsTheGroup(Moderation messages, String group, String stanzaId, String reason)
            throws ModerationException {
        ModerationOutcome outcome = messages.moderate(new JID(group), stanzaId, null, reason);
        if (!outcome.done()) {
            Log.info("svgroups could not retract {} in {} for a report: {}", stanzaId, group,
                    outcome.refusal().map(Refusal::text).orElse(""));
            throw new ModerationException("svgroups.report.error.retract-refused");
        }
    }

    /** The reports, for the console. */
    ReportStore store() {
        return store;
    }

    /** Acting on reports, for the console. */
    ReportModeration moderation() {
        return moderation;
    }

    void stop() {
        purge.stop();
        InterceptorManager.getInstance().removeInterceptor(blockReports);
        groups.service().removeExtraFeature(ReportIQHandler.NAMESPACE);
        groups.service().removeIQHandler(handler);
    }
}
