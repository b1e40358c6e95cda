package org.svgroups.core.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where the rate limits count (Openfire caches in the plugin, so that a cluster counts once). */
public record RateCounters(Map<String, Integer> groupsCreated, Map<String, Integer> invitationsSent) {

    public static RateCounters inMemory() {
        return new RateCounters(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }
}
