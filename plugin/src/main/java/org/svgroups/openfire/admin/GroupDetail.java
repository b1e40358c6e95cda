package org.svgroups.openfire.admin;

import java.time.Instant;
import java.util.List;

/**
 * A group as its room is now: the parts the group page shows.
 *
 * @param people owners, admins and members, with their affiliation
 */
public record GroupDetail(String name, String jid, String displayName, String description, Instant created,
                          List<Person> people) {

    public GroupDetail {
        people = List.copyOf(people);
    }

    /** Someone in the group: a bare JID and {@code owner}, {@code admin} or {@code member}. */
    public record Person(String jid, String affiliation) {
    }
}
