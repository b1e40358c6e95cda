package org.jivesoftware.openfire.roster;

import java.io.*;
import java.util.*;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

public class RosterItem {
    public enum SubType {
        REMOVE, NONE, TO, FROM, BOTH;

        public int getValue() {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public String getName() {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public static SubType getTypeFromInt(int value) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }
    }

    public enum AskType {
        NONE, SUBSCRIBE, UNSUBSCRIBE;

        public int getValue() {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public static AskType getTypeFromInt(int value) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }
    }

    public enum RecvType {
        NONE, SUBSCRIBE, UNSUBSCRIBE;

        public int getValue() {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public static RecvType getTypeFromInt(int value) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }
    }

    public static final SubType SUB_REMOVE = SubType.REMOVE;

    public static final SubType SUB_NONE = SubType.NONE;

    public static final SubType SUB_TO = SubType.TO;

    public static final SubType SUB_FROM = SubType.FROM;

    public static final SubType SUB_BOTH = SubType.BOTH;

    public static final AskType ASK_NONE = AskType.NONE;

    public static final AskType ASK_SUBSCRIBE = AskType.SUBSCRIBE;

    public static final AskType ASK_UNSUBSCRIBE = AskType.UNSUBSCRIBE;

    public static final RecvType RECV_NONE = RecvType.NONE;

    public static final RecvType RECV_SUBSCRIBE = RecvType.SUBSCRIBE;

    public static final RecvType RECV_UNSUBSCRIBE = RecvType.UNSUBSCRIBE;

    public RosterItem() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public RosterItem(long id, JID jid, SubType subStatus, AskType askStatus, RecvType recvStatus, String nickname, List<String> groups) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public RosterItem(JID jid, SubType subStatus, AskType askStatus, RecvType recvStatus, String nickname, List<String> groups) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public RosterItem(org.xmpp.packet.Roster.Item item) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static RosterItem.AskType getAskStatus(org.xmpp.packet.Roster.Item item) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static RosterItem.SubType getSubType(org.xmpp.packet.Roster.Item item) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public SubType getSubStatus() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setSubStatus(SubType subStatus) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public AskType getAskStatus() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setAskStatus(AskType askStatus) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public RecvType getRecvStatus() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRecvStatus(RecvType recvStatus) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID getJid() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getNickname() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setNickname(String nickname) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<String> getGroups() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isShared() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isOnlyShared() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public long getID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Presence getSubscribeStanza() throws IllegalStateException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Presence getStoredSubscribeStanza() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
