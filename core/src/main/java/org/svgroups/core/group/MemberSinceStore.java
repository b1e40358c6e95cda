package org.svgroups.core.group;

import java.time.Instant;
import java.util.Set;

/**
 * When each person became a member (owner, admin or member) of a group, so that the archive serves them what was
 * said from then on. Groups and users are bare JIDs. The membership hooks record the moment a membership starts
 * and forget it when it ends; a member without a record (from before svgroups kept them) reads from the start.
 */
public interface MemberSinceStore extends MemberSince {

    /**
     * Records that the user became a member at {@code since}, unless a moment is already recorded (a promotion from
     * member to admin is not a new membership).
     *
     * @return true when recorded, false when a moment was there already
     */
    boolean recordIfAbsent(String group, String user, Instant since);

    /** The users whose moment in the group is recorded. */
    Set<String> usersOf(String group);

    /** The groups with at least one recorded moment. */
    Set<String> groups();

    /** Forgets the user's moment in the group (their membership ended); nothing when there is none. */
    void forget(String group, String user);

    /** Forgets every moment of a dissolved group. */
    void forgetGroup(String group);
}
