package org.svgroups.core.friends;

/** What a {@link FriendGraph} knows of two users. */
public enum Friendship {
    /** Each follows the other. */
    FRIENDS,
    /** At most one follows the other. */
    NOT_FRIENDS,
    /** The graph could not be asked (the app's service is down or too slow); a setting says what that means. */
    UNREACHABLE
}
