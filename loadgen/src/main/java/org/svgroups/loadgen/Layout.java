package org.svgroups.loadgen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is in which group, the same on every service: group {@code g} has the {@code M} users from index
 * {@code g * M} on, wrapping around the {@code N} users, and its first member owns it. Its invitees are the
 * {@code K} users that follow its members (the next group's first members). Rosters are a star: each owner is
 * friends with its members and invitees, nobody else needs to be.
 */
record Layout(int users, int groups, int members, int invitees) {

    Layout {
        if (members + invitees > users) {
            throw new IllegalArgumentException("a group of " + members + " and " + invitees + " invitees needs more than "
                    + users + " users");
        }
    }

    /** Invitees only when some mix invites. */
    static Layout of(Options options) {
        return new Layout(options.users(), options.groups(), options.members(),
                options.mixesInclude(OpKind.INVITE) ? options.invitees() : 0);
    }

    /** Group {@code g}'s members, owner first, as user indexes. */
    List<Integer> members(int g) {
        return run(g * members, members);
    }

    int owner(int g) {
        return members(g).get(0);
    }

    /** Friends of group {@code g}'s owner who are not its members. */
    List<Integer> invitees(int g) {
        return run(g * members + members, invitees);
    }

    /** The groups user {@code u} is a member of. */
    List<Integer> groupsOf(int u) {
        List<Integer> result = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (members(g).contains(u)) {
                result.add(g);
            }
        }
        return result;
    }

    /** Each owner's friends: members and invitees of the groups they own, as pairs {owner, friend}. */
    Set<List<Integer>> friendships() {
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        for (int g = 0; g < groups; g++) {
            int owner = owner(g);
            List<Integer> friends = new ArrayList<>(members(g));
            friends.addAll(invitees(g));
            for (int friend : friends) {
                if (friend != owner) {
                    pairs.add(List.of(Math.min(owner, friend), Math.max(owner, friend)));
                }
            }
        }
        return pairs;
    }

    private List<Integer> run(int from, int count) {
        List<Integer> indexes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            indexes.add((from + i) % users);
        }
        return indexes;
    }
}
