package org.jivesoftware.openfire.muc;

import java.util.Map;
import org.xmpp.packet.JID;

public abstract class MUCEventDelegate {
    public enum InvitationResult {
        HANDLED_BY_DELEGATE, HANDLED_BY_OPENFIRE, REJECTED;
    }

    public enum InvitationRejectionResult {
        HANDLED_BY_DELEGATE, HANDLED_BY_OPENFIRE;
    }

    public abstract boolean joiningRoom(MUCRoom room, JID userjid);

    public abstract InvitationResult sendingInvitation(MUCRoom room, JID inviteeJID, JID inviterJID, String inviteMessage);

    public abstract InvitationRejectionResult sendingInvitationRejection(MUCRoom room, JID to, JID from, String reason);

    public abstract Map<String, String> getRoomConfig(String roomName);

    public abstract boolean destroyingRoom(String roomName, JID userjid);

    public abstract boolean shouldRecreate(String roomName, JID userjid);

    public boolean loadConfig(MUCRoom room) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
