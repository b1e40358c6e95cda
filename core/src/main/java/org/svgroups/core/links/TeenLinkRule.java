package org.svgroups.core.links;

import java.util.Collection;
import java.util.Optional;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.friends.Friendship;
import org.svgroups.core.people.AgeGroup;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * Someone under the consent age joins by link only a group where at least one person is already their friend
 * (each follows the other, as the friend rule has it); the join itself is their own act (they send it). An
 * unreachable follow graph counts as friendship only where the friend rule's setting says so.
 */
public final class TeenLinkRule {

    static final String NO_FRIEND_TEXT = "You can join a group by link only where a friend of yours already is.";

    private final FriendGraph friends;
    private final People people;
    private final AgePolicy ages;
    private final GroupSettings settings;

    public TeenLinkRule(FriendGraph friends, People people, AgePolicy ages, GroupSettings settings) {
        this.friends = friends;
        this.people = people;
        this.ages = ages;
        this.settings = settings;
    }

    public Optional<Refusal> check(Collection<String> members, String joiner) {
        if (ages.classify(people.birthdate(joiner)) != AgeGroup.MINOR) {
            return Optional.empty();
        }
        boolean unreachable = false;
        for (String member : members) {
            Friendship friendship = friends.friendship(joiner, member);
            if (friendship == Friendship.FRIENDS) {
                return Optional.empty();
            }
            unreachable |= friendship == Friendship.UNREACHABLE;
        }
        if (unreachable && settings.unreachableGraphAllows()) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(AppCondition.NOT_FRIENDS, unreachable
                ? "Friendship could not be checked right now (the follow graph is unreachable); please try again later."
                : NO_FRIEND_TEXT));
    }
}
