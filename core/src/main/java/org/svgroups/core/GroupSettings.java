package org.svgroups.core;

import java.time.Duration;

/**
 * The settings the group rules read. The Openfire adapter backs them with system properties that admins can
 * change at run time; tests use {@link FixedGroupSettings}.
 */
public interface GroupSettings {

    /** Smallest member cap an admin may set: an owner and one friend. */
    int MIN_MEMBER_CAP = 2;

    /** Largest member cap an admin may set; larger groups stop being groups of friends. */
    int MAX_MEMBER_CAP = 1000;

    /** Default cap on owners + admins + members, as TikTok groups. */
    int DEFAULT_MEMBER_CAP = 32;

    /** Most owners + admins + members a group may have. */
    int memberCap();

    /** Below this age a user can neither create, join, invite nor be invited. */
    int minimumAge();

    /** Below this age a user becomes a member only by accepting an invitation. */
    int consentAge();

    /** Whether a user without a birthdate may use groups (as an adult); if not, they are age-restricted. */
    boolean unknownBirthdateAllowed();

    /** How long a pending invitation waits for the invitee's answer. */
    Duration invitationLifetime();

    /** Groups one user may create per day. */
    int groupsPerUserPerDay();

    /** Invitations one user may send per hour (each invitee counts). */
    int invitationsPerUserPerHour();

    /** Whether an unreachable follow graph counts as friendship (default: no, the invitation is refused). */
    boolean unreachableGraphAllows();

    static GroupSettings withMemberCap(int cap) {
        return FixedGroupSettings.defaults().withMemberCap(cap);
    }
}
