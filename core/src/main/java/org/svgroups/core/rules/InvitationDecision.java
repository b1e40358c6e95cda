package org.svgroups.core.rules;

import java.util.Map;
import java.util.Optional;

import org.svgroups.core.refusal.Refusal;

/** The answer to an invitation of one or more people: refused as a whole, or what happens to each invitee. */
public record InvitationDecision(Optional<Refusal> refusal, Map<String, Enrolment> enrolments) {

    public InvitationDecision {
        enrolments = Map.copyOf(enrolments);
    }

    static InvitationDecision refused(Refusal refusal) {
        return new InvitationDecision(Optional.of(refusal), Map.of());
    }

    static InvitationDecision admitted(Map<String, Enrolment> enrolments) {
        return new InvitationDecision(Optional.empty(), enrolments);
    }
}
