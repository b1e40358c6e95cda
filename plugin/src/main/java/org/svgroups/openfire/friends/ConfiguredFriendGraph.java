package org.svgroups.openfire.friends;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.friends.Friendship;
import org.svgroups.openfire.SvGroupsProperties;

/**
 * The friend graph the settings name, asked afresh each time so that an admin's change applies at once: the
 * server's rosters, or the app's follow graph (rebuilt when its URL or timeout changes). A follow graph whose URL
 * is not valid is unreachable, which refuses invitations by default and says so.
 */
public final class ConfiguredFriendGraph implements FriendGraph {

    private static final Logger Log = LoggerFactory.getLogger(ConfiguredFriendGraph.class);

    private final FriendGraph roster;
    private final Map<String, Boolean> followGraphCache;
    private volatile HttpFollowGraph followGraph;

    /** @param followGraphCache the follow graph's answers (an Openfire cache, bounded and expiring) */
    public ConfiguredFriendGraph(FriendGraph roster, Map<String, Boolean> followGraphCache) {
        this.roster = roster;
        this.followGraphCache = followGraphCache;
    }

    @Override
    public Friendship friendship(String a, String b) {
        if (!SvGroupsProperties.FRIENDS_FROM_HTTP.equals(SvGroupsProperties.FRIENDS_SOURCE.getValue())) {
            return roster.friendship(a, b);
        }
        HttpFollowGraph graph = followGraph();
        return graph == null ? Friendship.UNREACHABLE : graph.friendship(a, b);
    }

    private HttpFollowGraph followGraph() {
        String url = SvGroupsProperties.FOLLOW_GRAPH_URL.getValue();
        Duration timeout = SvGroupsProperties.FOLLOW_GRAPH_TIMEOUT.getValue();
        HttpFollowGraph current = followGraph;
        if (current != null && current.urlTemplate().equals(url.trim()) && current.timeout().equals(timeout)) {
            return current;
        }
        try {
            followGraph = new HttpFollowGraph(url, timeout, followGraphCache);
            followGraphCache.clear();
            return followGraph;
        } catch (IllegalArgumentException e) {
            Log.error("svgroups cannot ask the follow graph: {}", e.getMessage());
            return null;
        }
    }
}
