package org.svgroups.client.packet;

import java.util.Objects;

import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jxmpp.jid.EntityBareJid;

/**
 * A XEP-0249 direct invitation, {@code <x xmlns='jabber:x:conference' jid='GROUP' reason='...'/>}, sent from user to
 * user in a message. Smack 4.4's {@link GroupChatInvitation} reads only the {@code jid} attribute; this subclass also
 * keeps the {@code reason}, and its provider replaces Smack's (code that asks for a {@link GroupChatInvitation} still
 * gets one). Groups have no password, so {@code password}, {@code continue} and {@code thread} are not modelled.
 */
public final class DirectInvitation extends GroupChatInvitation {

    private final String reason;

    /**
     * Creates the invitation.
     *
     * @param group the group's JID.
     * @param reason an optional note for the invitee, or {@code null}.
     */
    public DirectInvitation(EntityBareJid group, String reason) {
        this(Objects.requireNonNull(group, "group").toString(), reason);
    }

    /**
     * Creates the invitation as received.
     *
     * @param roomAddress the {@code jid} attribute as sent (not necessarily a valid JID), or {@code null}.
     * @param reason the {@code reason} attribute, or {@code null}.
     */
    public DirectInvitation(String roomAddress, String reason) {
        super(roomAddress);
        this.reason = reason;
    }

    /** The inviter's note, or {@code null}. */
    public String getReason() {
        return reason;
    }

    @Override
    public XmlStringBuilder toXML(XmlEnvironment enclosingNamespace) {
        XmlStringBuilder xml = new XmlStringBuilder(this, enclosingNamespace);
        xml.attribute("jid", getRoomAddress());
        xml.optAttribute("reason", reason);
        return xml.closeEmptyElement();
    }
}
