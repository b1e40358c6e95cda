package org.svgroups.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jivesoftware.smack.packet.Message;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.core.share.Share;

/**
 * A message posted in a group, as received.
 *
 * @param group the group it was posted in.
 * @param nickname the sender's nickname in the room.
 * @param sender the sender's real bare JID (groups are non-anonymous), or {@code null} if the sender's presence was
 *        not seen (e.g. the sender has since left the room).
 * @param body the text; for a share, what clients that know nothing of shares show (title and link).
 * @param own true if this client sent it (the room reflects every message to its sender too).
 * @param delayed true if it is room history delivered on join rather than a live message.
 * @param stanza the raw stanza, for extensions this class does not expose; may be {@code null} for a message built
 *        by hand.
 * @see #share()
 */
public record GroupMessage(EntityBareJid group, String nickname, BareJid sender, String body, boolean own,
                           boolean delayed, Message stanza) {

    public GroupMessage {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The video or product this message shares, as the server delivered it: with the catalogue's metadata and
     * {@link Share#verified()} true when the server could check it, false when it could not. Empty for a plain
     * message, and also when the message carries a share this library cannot read or more than one share (the server
     * delivers neither; a malformed one is logged and can be inspected with
     * {@link ShareElement#from(org.jivesoftware.smack.packet.Stanza)}).
     *
     * @return the share, or empty.
     */
    public Optional<Share> share() {
        if (stanza == null) {
            return Optional.empty();
        }
        List<ShareElement> shares = ShareElement.from(stanza);
        return shares.size() == 1 ? shares.get(0).getShare() : Optional.empty();
    }

    /**
     * The stanza-id the group gave this message ({@code <stanza-id by='GROUP'/>}, XEP-0359): its id in the group's
     * history, and what a retraction or moderation names it by.
     *
     * @return the id, or empty when the stanza carries none by the group
     */
    public Optional<String> stanzaId() {
        return stanza == null ? Optional.empty() : StanzaIds.byGroup(stanza, group);
    }

    @Override
    public String toString() {
        return group + "/" + nickname + ": " + body;
    }
}
