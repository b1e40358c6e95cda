package org.svgroups.core.share;

import java.util.Set;

/** The settings of sharing into groups. */
public interface ShareSettings {

    /** Hosts a shared item's URL (and its thumbnail's) may be on, lower case; empty: none, sharing is off. */
    Set<String> allowedOrigins();

    /** Shares one user may send per minute. */
    int sharesPerUserPerMinute();

    /** Whether a share is delivered (marked unverified) when the catalogue cannot be asked; if not, refused. */
    boolean unreachableCatalogueDelivers();

    /** Whether messages with nothing readable for the server (end-to-end encrypted) are refused in groups. */
    boolean refuseUnreadableMessages();
}
