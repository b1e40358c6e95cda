package org.svgroups.benchmarks;

import java.util.Set;

import org.svgroups.core.share.ShareSettings;

/** Share settings fixed at construction. */
record BenchShareSettings(Set<String> allowedOrigins, int sharesPerUserPerMinute, boolean unreachableCatalogueDelivers,
                          boolean refuseUnreadableMessages) implements ShareSettings {

    BenchShareSettings {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }
}
