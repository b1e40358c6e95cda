package org.svgroups.openfire;

import java.util.Optional;

import org.xmpp.packet.JID;

/** Small helpers for reading addresses out of stanzas. */
final class Stanzas {

    static final String MUC = "http://jabber.org/protocol/muc";
    static final String MUC_OWNER = "http://jabber.org/protocol/muc#owner";
    static final String MUC_ADMIN = "http://jabber.org/protocol/muc#admin";
    static final String MUC_USER = "http://jabber.org/protocol/muc#user";
    static final String DATA_FORMS = "jabber:x:data";
    static final String DIRECT_INVITATION = "jabber:x:conference";

    private Stanzas() {
    }

    /** The bare JID an attribute names, or empty when it is absent or malformed (Openfire answers those itself). */
    static Optional<String> bareJid(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JID(address.trim()).toBareJID());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
