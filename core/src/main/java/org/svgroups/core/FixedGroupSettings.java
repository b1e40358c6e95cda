package org.svgroups.core;

import java.time.Duration;

/** Settings fixed at construction: the defaults, or values for a test. */
public record FixedGroupSettings(int memberCap, int minimumAge, int consentAge, boolean unknownBirthdateAllowed,
                                 Duration invitationLifetime, int groupsPerUserPerDay, int invitationsPerUserPerHour,
                                 boolean unreachableGraphAllows) implements GroupSettings {

    public static final int DEFAULT_MINIMUM_AGE = 16;
    public static final int DEFAULT_CONSENT_AGE = 18;
    public static final Duration DEFAULT_INVITATION_LIFETIME = Duration.ofDays(7);
    public static final int DEFAULT_GROUPS_PER_DAY = 20;
    public static final int DEFAULT_INVITATIONS_PER_HOUR = 100;

    public FixedGroupSettings {
        if (memberCap < MIN_MEMBER_CAP || memberCap > MAX_MEMBER_CAP) {
            throw new IllegalArgumentException("member cap must be between " + MIN_MEMBER_CAP + " and " + MAX_MEMBER_CAP + ": " + memberCap);
        }
        if (consentAge < minimumAge) {
            throw new IllegalArgumentException("the consent age (" + consentAge + ") is below the minimum age (" + minimumAge + ")");
        }
    }

    public static FixedGroupSettings defaults() {
        return new FixedGroupSettings(DEFAULT_MEMBER_CAP, DEFAULT_MINIMUM_AGE, DEFAULT_CONSENT_AGE, true,
                DEFAULT_INVITATION_LIFETIME, DEFAULT_GROUPS_PER_DAY, DEFAULT_INVITATIONS_PER_HOUR, false);
    }

    public FixedGroupSettings withMemberCap(int cap) {
        return new FixedGroupSettings(cap, minimumAge, consentAge, unknownBirthdateAllowed, invitationLifetime,
                groupsPerUserPerDay, invitationsPerUserPerHour, unreachableGraphAllows);
    }

    public FixedGroupSettings withUnknownBirthdateAllowed(boolean allowed) {
        return new FixedGroupSettings(memberCap, minimumAge, consentAge, allowed, invitationLifetime,
                groupsPerUserPerDay, invitationsPerUserPerHour, unreachableGraphAllows);
    }

    public FixedGroupSettings withRateLimits(int groupsPerDay, int invitationsPerHour) {
        return new FixedGroupSettings(memberCap, minimumAge, consentAge, unknownBirthdateAllowed, invitationLifetime,
                groupsPerDay, invitationsPerHour, unreachableGraphAllows);
    }

    public FixedGroupSettings withUnreachableGraphAllows(boolean allows) {
        return new FixedGroupSettings(memberCap, minimumAge, consentAge, unknownBirthdateAllowed, invitationLifetime,
                groupsPerUserPerDay, invitationsPerUserPerHour, allows);
    }
}
