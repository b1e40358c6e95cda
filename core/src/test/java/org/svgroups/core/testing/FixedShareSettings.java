package org.svgroups.core.testing;

import java.util.Set;

import org.svgroups.core.share.ShareSettings;

/** Share settings fixed at construction: by default the two test hosts, 10 shares a minute, unreachable catalogue delivers. */
public record FixedShareSettings(Set<String> allowedOrigins, int sharesPerUserPerMinute, boolean unreachableCatalogueDelivers,
                                 boolean refuseUnreadableMessages) implements ShareSettings {

    public FixedShareSettings {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** Videos on {@value Shares#VIDEO_HOST}, products on {@value Shares#SHOP_HOST}. */
    public static FixedShareSettings defaults() {
        return allowing(Shares.VIDEO_HOST, Shares.SHOP_HOST);
    }

    public static FixedShareSettings allowing(String... hosts) {
        return new FixedShareSettings(Set.of(hosts), 10, true, false);
    }

    public FixedShareSettings withSharesPerMinute(int shares) {
        return new FixedShareSettings(allowedOrigins, shares, unreachableCatalogueDelivers, refuseUnreadableMessages);
    }

    public FixedShareSettings withUnreachableCatalogueDelivers(boolean delivers) {
        return new FixedShareSettings(allowedOrigins, sharesPerUserPerMinute, delivers, refuseUnreadableMessages);
    }
}
