package org.svgroups.client;

import java.util.Objects;

import org.jivesoftware.smack.packet.Message;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.EntityBareJid;

/**
 * A message posted in a group, as received.
 *
 * @param group the group it was posted in.
 * @param nickname the sender's nickname in the room.
 * @param sender the sender's real bare JID (groups are non-anonymous), or {@code null} if the sender's presence was
 *        not seen (e.g. the sender has since left the room).
 * @param body the text.
 * @param own true if this client sent it (the room reflects every message to its sender too).
 * @param delayed true if it is room history delivered on join rather than a live message.
 * @param stanza the raw stanza, for extensions this class does not expose.
 */
public record GroupMessage(EntityBareJid group, String nickname, BareJid sender, String body, boolean own,
                           boolean delayed, Message stanza) {

    public GroupMessage {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return group + "/" + nickname + ": " + body;
    }
}
