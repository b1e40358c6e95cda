package org.svgroups.client.packet;

import java.time.Instant;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.PendingInvitations;
import org.svgroups.client.ReceivedInvitation;
import org.svgroups.client.SentInvitation;
import org.svgroups.core.SvGroupsProtocol;

/**
 * The pending invitations: a {@code get} to the group service with an empty {@code <invitations/>} in
 * {@value SvGroupsProtocol#NAMESPACE}, answered by a {@code result} with one {@code <received/>} per invitation the
 * user has not answered yet and one {@code <sent/>} per invitation of theirs nobody has answered yet:
 *
 * <pre>{@code
 * <invitations xmlns='urn:svgroups:0'>
 *   <received group='abc@groups.example' name='Dance crew' inviter='alice@example'
 *             created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'><reason>join us</reason></received>
 *   <sent group='abc@groups.example' name='Dance crew' invitee='carol@example'
 *         created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'/>
 * </invitations>
 * }</pre>
 *
 * Timestamps are XEP-0082 date-times in UTC; {@code <reason/>} is optional.
 */
public final class InvitationsIq extends IQ {

    public static final String ELEMENT = "invitations";
    public static final String NAMESPACE = SvGroupsProtocol.NAMESPACE;

    public static final String RECEIVED = "received";
    public static final String SENT = "sent";

    private final PendingInvitations invitations;

    /**
     * Creates the request.
     *
     * @param service the group service.
     */
    public InvitationsIq(DomainBareJid service) {
        super(ELEMENT, NAMESPACE);
        setTo(service);
        setType(Type.get);
        this.invitations = PendingInvitations.NONE;
    }

    /**
     * Creates a parsed result.
     *
     * @param iqData the stanza attributes (id, from, to, type).
     * @param invitations the listed invitations.
     */
    public InvitationsIq(IqData iqData, PendingInvitations invitations) {
        super(iqData, ELEMENT, NAMESPACE);
        this.invitations = invitations;
    }

    /** The listed invitations; none for a request. */
    public PendingInvitations getInvitations() {
        return invitations;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        if (invitations.isEmpty()) {
            xml.setEmptyElement();
            return xml;
        }
        xml.rightAngleBracket();
        for (ReceivedInvitation invitation : invitations.received()) {
            entry(xml, RECEIVED, invitation.group(), invitation.name(), "inviter", invitation.inviter(),
                    invitation.reason(), invitation.created(), invitation.expires());
        }
        for (SentInvitation invitation : invitations.sent()) {
            entry(xml, SENT, invitation.group(), invitation.name(), "invitee", invitation.invitee(),
                    invitation.reason(), invitation.created(), invitation.expires());
        }
        return xml;
    }

    private static void entry(XmlStringBuilder xml, String element, EntityBareJid group, String name, String userAttribute,
                              EntityBareJid user, String reason, Instant created, Instant expires) {
        xml.halfOpenElement(element)
            .attribute("group", group)
            .optAttribute("name", name.isEmpty() ? null : name)
            .attribute(userAttribute, user)
            .attribute("created", created.toString())
            .attribute("expires", expires.toString());
        if (reason == null) {
            xml.closeEmptyElement();
        } else {
            xml.rightAngleBracket().element("reason", reason).closeElement(element);
        }
    }
}
