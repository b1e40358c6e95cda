package org.svgroups.core;

/**
 * The settings the group rules read. The Openfire adapter backs them with system properties that admins can
 * change at run time; tests pass fixed values.
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

    static GroupSettings withMemberCap(int cap) {
        if (cap < MIN_MEMBER_CAP || cap > MAX_MEMBER_CAP) {
            throw new IllegalArgumentException("member cap must be between " + MIN_MEMBER_CAP + " and " + MAX_MEMBER_CAP + ": " + cap);
        }
        return () -> cap;
    }
}
