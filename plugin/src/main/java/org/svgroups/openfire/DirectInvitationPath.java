package org.svgroups.openfire;

import java.util.List;
import java.util.Optional;

import org.dom4j.Element;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.rules.GroupRules;
import org.svgroups.core.rules.InvitationDecision;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * A member invites a friend directly (XEP-0249, user to user), naming a group: the group never sees such an
 * invitation, so svgroups checks it on its way. Admitted, the invitee is enrolled (or their invitation held) and
 * the message goes on to them as sent.
 */
final class DirectInvitationPath {

    private final GroupService groups;
    private final GroupRules rules;
    private final Enrolments enrolments;

    DirectInvitationPath(GroupService groups, GroupRules rules, Enrolments enrolments) {
        this.groups = groups;
        this.rules = rules;
        this.enrolments = enrolments;
    }

    Verdict check(Message message, Element conference) {
        Optional<String> group = Stanzas.bareJid(conference.attributeValue("jid"));
        if (group.isEmpty() || message.getTo() == null || message.getFrom() == null) {
            return Verdict.PASS;
        }
        JID groupJid = new JID(group.get());
        if (!groups.domain().equals(groupJid.getDomain()) || groupJid.getNode() == null) {
            return Verdict.PASS;
        }
        MUCRoom room = groups.room(groupJid.getNode());
        if (room == null) {
            return Verdict.PASS;
        }
        String invitee = message.getTo().toBareJID();
        InvitationDecision decision = rules.invitations(GroupService.membership(room), message.getFrom().toBareJID(), List.of(invitee));
        if (decision.refusal().isPresent()) {
            return Verdict.refuse(decision.refusal().get());
        }
        Optional<Refusal> late = enrolments.admit(groupJid.getNode(), message.getFrom(), decision.enrolments(),
                conference.attributeValue("reason"));
        if (late.isPresent()) {
            return Verdict.refuse(late.get());
        }
        enrolments.invitedDirectly(room, message.getFrom(), invitee);
        return Verdict.PASS;
    }
}
