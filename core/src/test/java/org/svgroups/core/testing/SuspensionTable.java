package org.svgroups.core.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.svgroups.core.reports.Suspensions;

/** Suspensions held in memory. */
public final class SuspensionTable implements Suspensions {

    public final Map<String, Instant> until = new HashMap<>();

    @Override
    public Optional<Instant> until(String user) {
        return Optional.ofNullable(until.get(user));
    }

    @Override
    public void suspend(String user, Instant end, long reportId) {
        until.put(user, end);
    }
}
