package org.svgroups.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A clock whose time the test moves. */
public final class Clocks {

    /** 25 November 2026, 10:30 UTC. */
    public static final Instant NOW = Instant.parse("2026-11-25T10:30:00Z");

    private Clocks() {
    }

    public static Clock fixed() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
