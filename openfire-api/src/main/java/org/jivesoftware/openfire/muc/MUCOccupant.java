package org.jivesoftware.openfire.muc;

import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

public class MUCOccupant {
    public MUCOccupant() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MUCOccupant(MUCRoom chatroom, String nickname, Role role, Affiliation affiliation, JID userJid, Presence presence) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static MUCOccupant createRoomSelfRepresentation(final MUCRoom room) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized Presence getPresence() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Role getRole() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Affiliation getAffiliation() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getNickname() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getOccupantId() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    protected MUCRoom getChatRoom() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID getOccupantJID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID getUserAddress() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isRemoteFmuc() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isVoiceOnly() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void send(Packet packet) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
