package org.svgroups.core.rules;

import java.util.Optional;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.friends.Friendship;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * Nobody is added to a group by a stranger: the inviter must be the invitee's friend (each follows the other).
 * Someone who blocked the inviter gets exactly the refusal a non-friend gets, so that a block is never revealed.
 */
public final class FriendsOnlyRule {

    static final String NOT_FRIENDS_TEXT = "You can only add friends (people who follow you back) to a group.";

    private final FriendGraph graph;
    private final People people;
    private final GroupSettings settings;

    public FriendsOnlyRule(FriendGraph graph, People people, GroupSettings settings) {
        this.graph = graph;
        this.people = people;
        this.settings = settings;
    }

    public Optional<Refusal> check(String inviter, String invitee) {
        if (inviter.equals(invitee)) {
            return Optional.empty();
        }
        if (people.blocks(invitee, inviter)) {
            return Optional.of(Refusal.of(AppCondition.NOT_FRIENDS, NOT_FRIENDS_TEXT));
        }
        Friendship friendship = graph.friendship(inviter, invitee);
        return switch (friendship) {
            case FRIENDS -> Optional.empty();
            case NOT_FRIENDS -> Optional.of(Refusal.of(AppCondition.NOT_FRIENDS, NOT_FRIENDS_TEXT));
            case UNREACHABLE -> settings.unreachableGraphAllows() ? Optional.empty()
                    : Optional.of(Refusal.of(AppCondition.NOT_FRIENDS,
                            "Friendship could not be checked right now (the follow graph is unreachable); please try again later."));
        };
    }
}
