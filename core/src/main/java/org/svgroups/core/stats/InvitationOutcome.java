package org.svgroups.core.stats;

import org.svgroups.core.refusal.AppCondition;

/** The outcomes invitations are counted by: {@link #SENT}, or refused with a condition's element name. */
public final class InvitationOutcome {

    /** Admitted: the invitee was enrolled, or invited pending consent. */
    public static final String SENT = "sent";

    private InvitationOutcome() {
    }

    public static String refused(AppCondition condition) {
        return condition.elementName();
    }
}
