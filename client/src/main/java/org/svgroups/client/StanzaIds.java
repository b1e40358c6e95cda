package org.svgroups.client;

import java.util.Optional;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jxmpp.jid.EntityBareJid;

/** XEP-0359 stanza-ids: Smack 4.4 parses them only as standard extension elements. */
final class StanzaIds {

    private StanzaIds() {
    }

    /** The stanza-id the group stamped on a message: only the one {@code by} the group counts. */
    static Optional<String> byGroup(Message message, EntityBareJid group) {
        for (ExtensionElement element : message.getExtensions("stanza-id", "urn:xmpp:sid:0")) {
            if (element instanceof StandardExtensionElement id && group.toString().equals(id.getAttributeValue("by"))) {
                return Optional.ofNullable(id.getAttributeValue("id"));
            }
        }
        return Optional.empty();
    }
}
