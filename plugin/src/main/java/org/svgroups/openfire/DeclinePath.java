package org.svgroups.openfire;

import org.xmpp.packet.Message;

/** An invitee declines (XEP-0045 decline through the group): their pending invitation goes; Openfire tells the inviter. */
final class DeclinePath {

    private final Enrolments enrolments;

    DeclinePath(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    Verdict check(Message message) {
        enrolments.decline(message.getTo().getNode(), message.getFrom());
        return Verdict.PASS;
    }
}
