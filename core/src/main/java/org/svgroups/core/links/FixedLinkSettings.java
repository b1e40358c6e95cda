package org.svgroups.core.links;

import java.time.Duration;

/** Link settings fixed at construction: the defaults, or values for a test. */
public record FixedLinkSettings(Duration defaultLinkLifetime, Duration maxLinkLifetime, boolean membersMayCreateLinks,
                                LinkApproval linkApproval, int failedLinkTriesPerHour) implements LinkSettings {

    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofDays(30);
    public static final int DEFAULT_FAILED_TRIES_PER_HOUR = 10;

    public static FixedLinkSettings defaults() {
        return new FixedLinkSettings(DEFAULT_LIFETIME, DEFAULT_MAX_LIFETIME, false, LinkApproval.MINOR_OWNED,
                DEFAULT_FAILED_TRIES_PER_HOUR);
    }

    public FixedLinkSettings withMembersMayCreate(boolean allowed) {
        return new FixedLinkSettings(defaultLinkLifetime, maxLinkLifetime, allowed, linkApproval, failedLinkTriesPerHour);
    }

    public FixedLinkSettings withApproval(LinkApproval approval) {
        return new FixedLinkSettings(defaultLinkLifetime, maxLinkLifetime, membersMayCreateLinks, approval,
                failedLinkTriesPerHour);
    }
}
