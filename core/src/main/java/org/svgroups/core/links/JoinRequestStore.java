package org.svgroups.core.links;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where join requests wait: at most one per group and user. */
public interface JoinRequestStore {

    /** Stores the request unless the user already has one for the group; returns whether it was stored. */
    boolean saveIfAbsent(JoinRequest request);

    Optional<JoinRequest> find(String group, String user);

    /** The group's requests, oldest first. */
    List<JoinRequest> ofGroup(String group);

    /** The user's requests, oldest first. */
    List<JoinRequest> ofUser(String user);

    /** Removes the request; false when there was none (someone else answered it first). */
    boolean remove(String group, String user);

    /** Deletes every request of the group (it was dissolved); returns how many. */
    int removeGroup(String group);

    /** Deletes the requests made before {@code cutoff} (left unanswered too long); returns how many. */
    int removeOlderThan(Instant cutoff);
}
