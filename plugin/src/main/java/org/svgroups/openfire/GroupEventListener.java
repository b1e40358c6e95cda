package org.svgroups.openfire;

import org.jivesoftware.openfire.muc.MUCEventListener;
import org.svgroups.core.invitations.PendingInvitations;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Gives each new room on the group service the group profile the moment it exists, whatever the service's
 * room defaults say by then (an admin may have edited them in the console), and forgets the pending invitations
 * of a dissolved group.
 */
final class GroupEventListener implements MUCEventListener {

    private final GroupService groups;
    private final PendingInvitations pending;

    GroupEventListener(GroupService groups, PendingInvitations pending) {
        this.groups = groups;
        this.pending = pending;
    }

    @Override
    public void roomCreated(long roomID, JID roomJID) {
        if (groups.domain().equals(roomJID.getDomain()) && roomJID.getNode() != null) {
            groups.applyProfile(roomJID.getNode());
        }
    }

    @Override
    public void roomDestroyed(long roomID, JID roomJID) {
        if (groups.domain().equals(roomJID.getDomain()) && roomJID.getNode() != null) {
            pending.removeGroup(roomJID.toBareJID());
        }
    }

    // The remaining events concern neither the profile nor membership.

    @Override
    public void roomClearChatHistory(long roomID, JID roomJID) {
    }

    @Override
    public void occupantJoined(JID roomJID, JID user, String nickname) {
    }

    @Override
    public void occupantLeft(JID roomJID, JID user, String nickname) {
    }

    @Override
    public void occupantNickKicked(JID roomJID, String nickname) {
    }

    @Override
    public void nicknameChanged(JID roomJID, JID user, String oldNickname, String newNickname) {
    }

    @Override
    public void messageReceived(JID roomJID, JID user, String nickname, Message message) {
    }

    @Override
    public void privateMessageRecieved(JID toJID, JID fromJID, Message message) {
    }

    @Override
    public void roomSubjectChanged(JID roomJID, JID user, String newSubject) {
    }
}
