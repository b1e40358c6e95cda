package org.svgroups.core.reports;

import java.time.Instant;
import java.util.Optional;

/** Users kept out of every group until a moment, by a moderator's action on a report (the plugin's table). */
public interface Suspensions {

    /** Nobody is ever suspended (tests and tools without a database). */
    Suspensions NONE = new Suspensions() {
        @Override
        public Optional<Instant> until(String user) {
            return Optional.empty();
        }

        @Override
        public void suspend(String user, Instant until, long reportId) {
            throw new UnsupportedOperationException("no suspensions here");
        }
    };

    /** When the user's last suspension ends (it may have ended already); empty when they never were suspended. */
    Optional<Instant> until(String user);

    /** Keeps the user out of every group until {@code until}, replacing any earlier suspension. */
    void suspend(String user, Instant until, long reportId);
}
