package org.svgroups.core.links;

import java.time.Duration;

/**
 * What a creator asks of a new link: how long it lives and how many may use it (0: no limit).
 */
public record LinkTerms(Duration lifetime, int maxUses) {

    /** Most uses one link may allow: more than any group holds, and small enough for every database's INTEGER. */
    public static final int MAX_USES = 10_000;

    /**
     * The terms of a creation request, checked against the settings.
     *
     * @param days how many days the link lives; null: the default lifetime
     * @param uses how many may use it; null: no limit
     * @throws IllegalArgumentException saying what is out of range
     */
    public static LinkTerms of(Integer days, Integer uses, LinkSettings settings) {
        Duration lifetime = settings.defaultLinkLifetime();
        if (days != null) {
            long maxDays = Math.max(1, settings.maxLinkLifetime().toDays());
            if (days < 1 || days > maxDays) {
                throw new IllegalArgumentException("A link lives from 1 to " + maxDays + " days.");
            }
            lifetime = Duration.ofDays(days);
        }
        if (lifetime.compareTo(settings.maxLinkLifetime()) > 0) {
            lifetime = settings.maxLinkLifetime();
        }
        if (uses != null && (uses < 1 || uses > MAX_USES)) {
            throw new IllegalArgumentException("A link allows from 1 to " + MAX_USES + " uses (or leave the number out).");
        }
        return new LinkTerms(lifetime, uses == null ? 0 : uses);
    }
}
