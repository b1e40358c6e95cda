package org.svgroups.openfire;

import org.jivesoftware.openfire.muc.Affiliation;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.rules.GroupRules;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * A user enters a room (XEP-0045 join presence). Entering a room that does not exist creates a group: the creator
 * must be old enough and within their daily limit. Entering a group needs the minimum age; an invitee whose
 * invitation is pending accepts it by joining, so they are enrolled just before Openfire lets them in.
 */
final class JoinPath {

    private final GroupService groups;
    private final GroupRules rules;
    private final Enrolments enrolments;

    JoinPath(GroupService groups, GroupRules rules, Enrolments enrolments) {
        this.groups = groups;
        this.rules = rules;
        this.enrolments = enrolments;
    }

    Verdict check(Presence presence) {
        String roomName = presence.getTo().getNode();
        JID user = presence.getFrom().asBareJID();
        MUCRoom room = groups.room(roomName);
        if (room == null) {
            return Verdict.of(rules.createGroup(user.toBareJID()));
        }
        Affiliation affiliation = room.getAffiliation(user);
        if (GroupService.isPartOf(affiliation)) {
            // Even when Openfire still counts them inside: it tells a leaving occupant they left before it removes
            // them, so an entry right after an exit finds them there and would otherwise skip the rules.
            return Verdict.of(rules.joinGroup(user.toBareJID()));
        }
        if (room.hasOccupant(presence.getFrom())) {
            // Already inside: a presence update or a nickname change, not an entry.
            return Verdict.PASS;
        }
        if (affiliation == Affiliation.outcast) {
            return Verdict.PASS;
        }
        // Without a pending invitation Openfire refuses the non-member itself (registration-required).
        return enrolments.validInvitation(roomName, user).map(enrolments::accept).map(Verdict::of).orElse(Verdict.PASS);
    }
}
