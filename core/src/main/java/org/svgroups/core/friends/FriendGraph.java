package org.svgroups.core.friends;

/**
 * Who follows whom. Two users are friends when each follows the other; a one-way follow is not friendship. Users
 * are bare JIDs ({@code alice@example.org}). Implementations: the server's rosters (a mutual subscription) or the
 * app's own follow graph over HTTP.
 */
public interface FriendGraph {

    Friendship friendship(String a, String b);
}
