package org.svgroups.openfire.friends;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.roster.RosterItem;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.friends.Friendship;
import org.xmpp.packet.JID;

/**
 * Friends are users with a mutual roster subscription ({@code both}) on this server. The roster of whichever of
 * the two is local answers; Openfire keeps rosters in its own cache.
 */
public final class RosterFriendGraph implements FriendGraph {

    @Override
    public Friendship friendship(String a, String b) {
        JID first = new JID(a);
        JID second = new JID(b);
        XMPPServer server = XMPPServer.getInstance();
        if (server.isLocal(first) && first.getNode() != null) {
            return rosterSays(first.getNode(), second);
        }
        if (server.isLocal(second) && second.getNode() != null) {
            return rosterSays(second.getNode(), first);
        }
        return Friendship.NOT_FRIENDS;
    }

    private static Friendship rosterSays(String owner, JID contact) {
        try {
            RosterItem item = XMPPServer.getInstance().getRosterManager().getRoster(owner).getRosterItem(contact);
            return item.getSubStatus() == RosterItem.SUB_BOTH ? Friendship.FRIENDS : Friendship.NOT_FRIENDS;
        } catch (UserNotFoundException e) {
            // No such user, or no roster item for the contact.
            return Friendship.NOT_FRIENDS;
        }
    }
}
