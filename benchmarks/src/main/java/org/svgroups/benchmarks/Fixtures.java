package org.svgroups.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.svgroups.core.group.Membership;

/**
 * The group every benchmark works on: 32 people (one owner, 31 members), all adults and all friends of the owner,
 * plus a friend of the owner who is not in the group yet and a stranger. Users are bare JIDs of one server.
 */
final class Fixtures {

    static final String DOMAIN = "svgroups.test";
    static final String OWNER = "owner@" + DOMAIN;
    /** An adult, a friend of the owner (each follows the other), not in the group: admitted. */
    static final String FRIEND = "friend@" + DOMAIN;
    /** An adult the owner follows but who does not follow back: refused (not-friends). */
    static final String STRANGER = "stranger@" + DOMAIN;
    static final int GROUP_SIZE = 32;

    /** Effectively no rate limit: the benchmarks also start each iteration with empty counters. */
    static final int NO_LIMIT = Integer.MAX_VALUE / 2;

    private Fixtures() {
    }

    static List<String> members() {
        List<String> members = new ArrayList<>();
        for (int i = 1; i < GROUP_SIZE; i++) {
            members.add(String.format("member%02d@%s", i, DOMAIN));
        }
        return members;
    }

    static Membership group() {
        return Membership.of(List.of(OWNER), List.of(), members());
    }

    static InMemoryPeople people() {
        InMemoryPeople people = new InMemoryPeople().born(OWNER, "1995-03-14").born(FRIEND, "1998-07-01")
                .born(STRANGER, "1990-12-24");
        int i = 0;
        for (String member : members()) {
            people.born(member, (1985 + i % 20) + "-0" + (1 + i % 9) + "-1" + (i % 10));
            i++;
        }
        return people;
    }

    static InMemoryFriends friends() {
        InMemoryFriends friends = new InMemoryFriends().friends(OWNER, FRIEND).follows(OWNER, STRANGER);
        for (String member : members()) {
            friends.friends(OWNER, member);
        }
        return friends;
    }
}
