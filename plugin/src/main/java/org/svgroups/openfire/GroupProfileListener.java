package org.svgroups.openfire;

import org.jivesoftware.openfire.muc.MUCEventListener;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Gives each new room on the group service the group profile the moment it exists, whatever the service's
 * room defaults say by then (an admin may have edited them in the console).
 */
final class GroupProfileListener implements MUCEventListener {

    private final GroupService groups;

    GroupProfileListener(GroupService groups) {
        this.groups = groups;
    }

    @Override
    public void roomCreated(long roomID, JID roomJID) {
        if (groups.domain().equals(roomJID.getDomain()) && roomJID.getNode() != null) {
            groups.applyProfile(roomJID.getNode());
        }
    }

    // The remaining events do not change a group's profile.

    @Override
    public void roomDestroyed(long roomID, JID roomJID) {
    }

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
