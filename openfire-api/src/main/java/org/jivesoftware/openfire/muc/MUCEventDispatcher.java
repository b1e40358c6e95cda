package org.jivesoftware.openfire.muc;

import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

public class MUCEventDispatcher {
    public static void addListener(MUCEventListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void removeListener(MUCEventListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void occupantJoined(JID roomJID, JID user, String nickname) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void occupantLeft(JID roomJID, JID user, String nickname) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void nicknameChanged(JID roomJID, JID user, String oldNickname, String newNickname) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void messageReceived(JID roomJID, JID user, String nickname, Message message) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void privateMessageRecieved(JID toJID, JID fromJID, Message message) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void roomCreated(long roomID, JID roomJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void roomDestroyed(long roomID, JID roomJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void roomClearChatHistory(long roomID, JID roomJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void roomSubjectChanged(JID roomJID, JID user, String newSubject) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
