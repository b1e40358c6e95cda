package org.svgroups.core.testing;

import java.util.HashSet;
import java.util.Set;

import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.friends.Friendship;

/** A follow graph held in memory: who follows whom, and whether it answers at all. */
public final class FollowTable implements FriendGraph {

    private final Set<String> follows = new HashSet<>();
    private boolean reachable = true;

    public FollowTable follows(String follower, String followed) {
        follows.add(follower + ">" + followed);
        return this;
    }

    public FollowTable friends(String a, String b) {
        return follows(a, b).follows(b, a);
    }

    public FollowTable unreachable() {
        reachable = false;
        return this;
    }

    @Override
    public Friendship friendship(String a, String b) {
        if (!reachable) {
            return Friendship.UNREACHABLE;
        }
        return follows.contains(a + ">" + b) && follows.contains(b + ">" + a) ? Friendship.FRIENDS : Friendship.NOT_FRIENDS;
    }
}
