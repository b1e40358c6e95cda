package org.svgroups.openfire;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.util.LocaleUtils;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.cluster.OnceInCluster;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.links.InviteLinkStore;
import org.svgroups.core.links.JoinRequestStore;
import org.svgroups.core.links.LinkGuessLimit;
import org.svgroups.core.links.LinkJoinRule;
import org.svgroups.core.links.LinkToken;
import org.svgroups.openfire.db.JdbcInviteLinks;
import org.svgroups.openfire.db.JdbcJoinRequests;
import org.svgroups.openfire.people.OpenfirePeople;
import org.xmpp.packet.JID;

/**
 * Invite links in Openfire: the IQ handler on the group service, the path that takes answers to join requests
 * submitted as forms (called by {@link GroupStanzaInterceptor}), the guess counters in a cluster cache, the hourly
 * purge of expired links and of requests left unanswered past the longest link lifetime, and the deletion of a
 * dissolved group's links and requests.
 */
final class InviteLinks {

    private static final Logger Log = LoggerFactory.getLogger(InviteLinks.class);
    private static final Duration PURGE_PERIOD = Duration.ofHours(1);

    private final GroupService groups;
    private final InviteLinkStore links;
    private final JoinRequestStore requests;
    private final LinkIQHandler handler;
    private final LinkAnswerPath answers;
    private final MucEventAdapter dissolutions;
    private final Periodic purge;

    private InviteLinks(GroupService groups, SvGroupsProperties settings, FriendGraph friends, Enrolments enrolments,
                        OnceInCluster once, Clock clock) {
        this.groups = groups;
        links = new JdbcInviteLinks(DbConnectionManager::getConnection);
        requests = new JdbcJoinRequests(DbConnectionManager::getConnection);
        Cache<String, Integer> failures = CacheFactory.createCache("svgroups Link Guesses");
        failures.setMaxLifetime(Duration.ofHours(1).toMillis());
        LinkGuessLimit guesses = new LinkGuessLimit(failures, failures::getLock, settings::failedLinkTriesPerHour, clock);
        LinkNotices notices = new LinkNotices(XMPPServer.getInstance().getPacketRouter(),
                (key, arguments) -> LocaleUtils.getLocalizedString(key, SvGroupsProperties.PLUGIN_NAME, arguments));
        LinkJoins joins = new LinkJoins(groups, links, requests, new LinkToken(new SecureRandom()), settings,
                new LinkJoinRule(settings, settings, friends, new OpenfirePeople(), clock), guesses, enrolments,
                notices, clock);
        handler = new LinkIQHandler(groups, joins);
        answers = new LinkAnswerPath(joins::answer);
        dissolutions = new MucEventAdapter() {
            @Override
            public void roomDestroyed(long roomID, JID roomJID) {
                if (groups.domain().equals(roomJID.getDomain())) {
                    forget(roomJID.toBareJID());
                }
            }
        };
        purge = new Periodic(Tasks.once(once, () -> Tasks.logFailure("the purge of expired invite links", () -> {
            Instant now = clock.instant();
            int expired = links.removeExpired(now);
            int stale = requests.removeOlderThan(now.minus(settings.maxLinkLifetime()));
            if (expired + stale > 0) {
                Log.info("svgroups removed {} expired invite links and {} join requests left unanswered.", expired, stale);
            }
        })), Duration.ofMinutes(2), PURGE_PERIOD, clock);
    }

    /** The feature, not started: its answers path goes to the interceptor before {@link #start}. */
    static InviteLinks create(GroupService groups, SvGroupsProperties settings, FriendGraph friends,
                              Enrolments enrolments, OnceInCluster once, Clock clock) {
        return new InviteLinks(groups, settings, friends, enrolments, once, clock);
    }

    /** Starts answering the links protocol on the group service. */
    void start() {
        MUCEventDispatcher.addListener(dissolutions);
        groups.service().addIQHandler(handler);
        groups.service().addExtraFeature(LinkIQHandler.NAMESPACE);
        purge.start();
    }

    void stop() {
        purge.stop();
        groups.service().removeExtraFeature(LinkIQHandler.NAMESPACE);
        groups.service().removeIQHandler(handler);
        MUCEventDispatcher.removeListener(dissolutions);
    }

    LinkAnswerPath answers() {
        return answers;
    }

    InviteLinkStore links() {
        return links;
    }

    JoinRequestStore requests() {
        return requests;
    }

    private void forget(String group) {
        Tasks.logFailure("the invite links of the dissolved " + group, () -> {
            links.removeGroup(group);
            requests.removeGroup(group);
        });
    }
}
