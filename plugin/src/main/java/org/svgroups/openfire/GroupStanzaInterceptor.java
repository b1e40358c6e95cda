package org.svgroups.openfire;

import java.util.function.Function;

import org.dom4j.Element;
import org.dom4j.QName;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.openfire.bookmarks.BookmarkNotices;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.PacketError;
import org.xmpp.packet.Presence;

/**
 * Sees every stanza a client sends before Openfire routes it, and hands the ones that could change a group to the
 * path that knows them: configuration forms, affiliation changes, mediated and direct invitations, declines and
 * joins, retractions of a member's own message, messages, which may share a video or product, and answers to join
 * requests made through invite links. A refusal goes back to the sender as the stanza's error; a stanza svgroups
 * handled itself is dropped silently (or answered with the error its path gave). Once Openfire has processed a
 * stanza, the affiliation and configuration changes it applied are followed up; bookmark notifications on their way
 * out become headlines. Stanzas that concern no group leave after a few field reads.
 */
final class GroupStanzaInterceptor implements PacketInterceptor {

    private static final Logger Log = LoggerFactory.getLogger(GroupStanzaInterceptor.class);
    private static final QName DIRECT_INVITATION = QName.get("x", Stanzas.DIRECT_INVITATION);
    /** The text of a refusal because a check failed (its database not answering, say): nothing was changed. */
    static final String CANNOT_CHECK = "This cannot be checked right now, so nothing was changed; try again later.";

    private final GroupService groups;
    private final ConfigurationFormPath configurationForms;
    private final AffiliationChangePath affiliationChanges;
    private final MediatedInvitationPath mediatedInvitations;
    private final DirectInvitationPath directInvitations;
    private final DeclinePath declines;
    private final JoinPath joins;
    private final RetractionPath retractions;
    private final SharePath shares;
    private final LinkAnswerPath linkAnswers;
    private final AppliedChanges applied;

    GroupStanzaInterceptor(GroupService groups, ConfigurationFormPath configurationForms,
                           AffiliationChangePath affiliationChanges, MediatedInvitationPath mediatedInvitations,
                           DirectInvitationPath directInvitations, DeclinePath declines, JoinPath joins,
                           RetractionPath retractions, SharePath shares, LinkAnswerPath linkAnswers,
                           AppliedChanges applied) {
        this.groups = groups;
        this.configurationForms = configurationForms;
        this.affiliationChanges = affiliationChanges;
        this.mediatedInvitations = mediatedInvitations;
        this.directInvitations = directInvitations;
        this.declines = declines;
        this.joins = joins;
        this.retractions = retractions;
        this.shares = shares;
        this.linkAnswers = linkAnswers;
        this.applied = applied;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed)
            throws PacketRejectedException {
        if (!incoming) {
            if (!processed) {
                BookmarkNotices.asHeadline(packet);
            }
            return;
        }
        if (processed) {
            try {
                applied.processed(packet);
            } catch (RuntimeException e) {
                Log.error("svgroups could not follow up a processed stanza: {}", packet.toXML(), e);
            }
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
            rejection.setRejectionError(new PacketError(PacketError.Condition.internal_server_error,
                    PacketError.Type.wait, CANNOT_CHECK));
            throw rejection;
        }
        if (verdict.refusal().isPresent()) {
            throw Refusals.toRejection(verdict.refusal().get());
        }
        if (verdict.handled()) {
            // Without an error or a message, Openfire drops the stanza without answering.
            PacketRejectedException handled = new PacketRejectedException("handled by svgroups");
            verdict.error().ifPresent(handled::setRejectionError);
            throw handled;
        }
    }

    /** What to do with a stanza a client sends. */
    Verdict check(Packet packet) {
        // The copies a group sends to each member pass here too (Openfire routes them as incoming): 32 per message
        // in a full group. They concern no rule; tell them from the raw address, without building JIDs, here only:
        // the other paths for stanzas to a group (answers to join requests) are called from here.
        String from = packet.getElement().attributeValue("from");
        if (from == null || hasDomain(packet, from, groups.domain(), Packet::getFrom)) {
            return Verdict.PASS;
        }
        String to = packet.getElement().attributeValue("to");
        if (to == null) {
            return Verdict.PASS;
        }
        if (hasDomain(packet, to, groups.domain(), Packet::getTo)) {
            JID group = packet.getTo();
            return group.getNode() == null ? Verdict.PASS : toGroup(packet, group);
        }
        if (packet instanceof Message message) {
            Element conference = message.getElement().element(DIRECT_INVITATION);
            // The groups' own invitations carry it too, for old clients; those are not a member's to check.
            if (conference != null) {
                return directInvitations.check(message, conference);
            }
        }
        return Verdict.PASS;
    }

    private Verdict toGroup(Packet packet, JID to) {
        Verdict verdict = toGroupPaths(packet, to);
        // Last, as when it was an interceptor of its own after this one: only what the paths above let through.
        if (verdict == Verdict.PASS && to.getResource() == null && packet instanceof Message message) {
            return linkAnswers.check(message, to);
        }
        return verdict;
    }

    private Verdict toGroupPaths(Packet packet, JID to) {
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
                    // A retraction relays nothing but itself, so the share path has nothing to see in one.
                    return retractions.concerns(message) ? retractions.check(message) : shares.check(message);
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

    /**
     * Whether an address (a stanza's raw attribute) is on {@code domain} (as the service's JID spells it). The exact
     * text is one comparison; another plain ASCII domain is compared as text, ignoring case; any other form
     * (non-ASCII, a trailing dot) is parsed as Openfire would, so that no spelling of the group service's domain
     * slips past the rules.
     */
    static boolean hasDomain(Packet packet, String address, String domain, Function<Packet, JID> parsed) {
        int end = address.indexOf('/');
        if (end < 0) {
            end = address.length();
        }
        int at = address.indexOf('@');
        int start = at >= 0 && at < end ? at + 1 : 0;
        if (end - start == domain.length() && address.startsWith(domain, start)) {
            // The domain exactly as the service spells it, as on every copy a group sends (32 per message).
            return true;
        }
        boolean plain = end > start && address.charAt(end - 1) != '.';
        for (int i = start; plain && i < end; i++) {
            plain = address.charAt(i) < 0x80;
        }
        if (!plain) {
            JID jid = parsed.apply(packet);
            return jid != null && domain.equals(jid.getDomain());
        }
        return end - start == domain.length() && address.regionMatches(true, start, domain, 0, domain.length());
    }
}
