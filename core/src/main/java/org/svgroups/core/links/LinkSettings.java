package org.svgroups.core.links;

import java.time.Duration;

/** The settings of invite links. */
public interface LinkSettings {

    /** How long a link lives when its creator does not say. */
    Duration defaultLinkLifetime();

    /** The longest lifetime a creator may ask for. */
    Duration maxLinkLifetime();

    /** Whether plain members may create links (owners and admins always may). */
    boolean membersMayCreateLinks();

    /** Which groups hold newcomers by link for an owner's or admin's approval. */
    LinkApproval linkApproval();

    /** Tries with a token that is not a link of the group one user may make per hour before being refused outright. */
    int failedLinkTriesPerHour();
}
