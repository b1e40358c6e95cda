package org.svgroups.openfire;

import org.dom4j.Element;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.PacketError;
import org.xmpp.packet.Presence;

/**
 * Sees every stanza a client sends before Openfire routes it, and hands the ones that could change a group to the
 * path that knows them: configuration forms, affiliation changes, mediated and direct invitations, declines and
 * joins, and messages, which may share a video or product. A refusal goes back to the sender as the stanza's error; a stanza svgroups handled itself is dropped
 * silently. Stanzas that concern no group leave after a few field reads.
 */
final class GroupStanzaInterceptor implements PacketInterceptor {

    private static final Logger Log = LoggerFactory.getLogger(GroupStanzaInterceptor.class);

    private final GroupService groups;
    private final ConfigurationFormPath configurationForms;
    private final AffiliationChangePath affiliationChanges;
    private final MediatedInvitationPath mediatedInvitations;
    private final DirectInvitationPath directInvitations;
    private final DeclinePath declines;
    private final JoinPath joins;
    private final SharePath shares;

    GroupStanzaInterceptor(GroupService groups, ConfigurationFormPath configurationForms,
                           AffiliationChangePath affiliationChanges, MediatedInvitationPath mediatedInvitations,
                           DirectInvitationPath directInvitations, DeclinePath declines, JoinPath joins,
                           SharePath shares) {
        this.groups = groups;
        this.configurationForms = configurationForms;
        this.affiliationChanges = affiliationChanges;
        this.mediatedInvitations = mediatedInvitations;
        this.directInvitations = directInvitations;
        this.declines = declines;
        this.joins = joins;
        this.shares = shares;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed)
            throws PacketRejectedException {
        if (!incoming || processed || packet.getFrom() == null) {
            return;
        }
        Verdict verdict;
        try {
            verdict = check(packet);
        } catch (RuntimeException e) {
            // Openfire lets a stanza through when an interceptor fails: fail closed instead, so that a bug here
            // never lets a group change bypass the rules.
            Log.error("svgroups could not check a stanza; refusing it: {}", packet.toXML(), e);
            PacketRejectedException rejection = new PacketRejectedException(e.toString());
            rejection.setRejectionError(new PacketError(PacketError.Condition.internal_server_error));
            throw rejection;
        }
        if (verdict.refusal().isPresent()) {
            throw Refusals.toRejection(verdict.refusal().get());
        }
        if (verdict.handled()) {
            // Without an error or a message, Openfire drops the stanza without answering.
            throw new PacketRejectedException("handled by svgroups");
        }
    }

    /** What to do with a stanza a client sends. */
    Verdict check(Packet packet) {
        JID to = packet.getTo();
        if (to == null) {
            return Verdict.PASS;
        }
        if (groups.domain().equals(to.getDomain()) && to.getNode() != null) {
            return toGroup(packet, to);
        }
        if (packet instanceof Message message) {
            Element conference = message.getChildElement("x", Stanzas.DIRECT_INVITATION);
            // The groups' own invitations carry it too, for old clients; those are not a member's to check.
            if (conference != null && !groups.domain().equals(message.getFrom().getDomain())) {
                return directInvitations.check(message, conference);
            }
        }
        return Verdict.PASS;
    }

    private Verdict toGroup(Packet packet, JID to) {
        if (to.getResource() == null) {
            if (packet instanceof IQ iq && iq.getType() == IQ.Type.set && iq.getChildElement() != null) {
                String namespace = iq.getChildElement().getNamespaceURI();
                if (Stanzas.MUC_OWNER.equals(namespace)) {
                    return configurationForms.check(iq);
                }
                if (Stanzas.MUC_ADMIN.equals(namespace)) {
                    return affiliationChanges.check(iq);
                }
            } else if (packet instanceof Message message) {
                Element user = message.getChildElement("x", Stanzas.MUC_USER);
                if (user != null && user.element("invite") != null) {
                    return mediatedInvitations.check(message, user);
                }
                if (user != null && user.element("decline") != null) {
                    return declines.check(message);
                }
                if (message.getType() == Message.Type.groupchat) {
                    return shares.check(message);
                }
            }
            return Verdict.PASS;
        }
        if (packet instanceof Presence presence && presence.isAvailable()
                && presence.getChildElement("x", Stanzas.MUC) != null) {
            return joins.check(presence);
        }
        return Verdict.PASS;
    }
}
