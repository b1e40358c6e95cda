package org.svgroups.benchmarks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.friends.Friendship;

/**
 * A follow graph held in memory (who follows whom), looked up without allocating, so that a benchmark measures the
 * rules and not the fixture. The plugin's real graphs (rosters, the app's HTTP graph behind a cache) cost more.
 */
final class InMemoryFriends implements FriendGraph {

    private final Map<String, Set<String>> follows = new HashMap<>();

    InMemoryFriends follows(String follower, String followed) {
        follows.computeIfAbsent(follower, k -> new HashSet<>()).add(followed);
        return this;
    }

    InMemoryFriends friends(String a, String b) {
        return follows(a, b).follows(b, a);
    }

    private boolean followsOf(String follower, String followed) {
        Set<String> followed0 = follows.get(follower);
        return followed0 != null && followed0.contains(followed);
    }

    @Override
    public Friendship friendship(String a, String b) {
        return followsOf(a, b) && followsOf(b, a) ? Friendship.FRIENDS : Friendship.NOT_FRIENDS;
    }
}
