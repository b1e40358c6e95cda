package org.svgroups.core.rules;

/** What an admitted invitation does for one invitee. */
public enum Enrolment {
    /** Already owner, admin or member: the invitation is only a reminder. */
    ALREADY_IN,
    /** Enrolled as a member now (adults, as in the app). */
    NOW,
    /** Held as a pending invitation until the invitee (a minor) joins or accepts. */
    AFTER_CONSENT
}
