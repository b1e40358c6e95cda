package org.svgroups.openfire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dom4j.Element;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.rules.GroupRules;
import org.svgroups.core.rules.InvitationDecision;
import org.xmpp.packet.Message;

/**
 * A member invites people through the group (XEP-0045 mediated invitation). svgroups takes the invitation over:
 * Openfire 5 would enrol the invitee with the inviter's affiliation, which fails for plain members, and before any
 * check of ours could run. The rules decide for all invitees at once; then adults are enrolled, minors' invitations
 * are held, everyone gets the usual invitation from the group, and Openfire never sees the stanza.
 */
final class MediatedInvitationPath {

    private final GroupService groups;
    private final GroupRules rules;
    private final Enrolments enrolments;

    MediatedInvitationPath(GroupService groups, GroupRules rules, Enrolments enrolments) {
        this.groups = groups;
        this.rules = rules;
        this.enrolments = enrolments;
    }

    Verdict check(Message message, Element userExtension) {
        List<String> invitees = new ArrayList<>();
        String reason = null;
        for (Element invite : userExtension.elements("invite")) {
            Stanzas.bareJid(invite.attributeValue("to")).ifPresent(invitees::add);
            if (reason == null) {
                reason = invite.elementTextTrim("reason");
            }
        }
        if (invitees.isEmpty()) {
            return Verdict.PASS;
        }
        String roomName = message.getTo().getNode();
        MUCRoom room = groups.room(roomName);
        if (room == null) {
            return Verdict.PASS;
        }
        InvitationDecision decision = rules.invitations(GroupService.membership(room), message.getFrom().toBareJID(), invitees);
        if (decision.refusal().isPresent()) {
            return Verdict.refuse(decision.refusal().get());
        }
        Optional<Refusal> late = enrolments.admit(roomName, message.getFrom(), decision.enrolments(), reason);
        if (late.isPresent()) {
            return Verdict.refuse(late.get());
        }
        enrolments.sendInvitations(roomName, message.getFrom(), decision.enrolments().keySet(), reason);
        return Verdict.HANDLED;
    }
}
