package org.svgroups.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svgroups.core.testing.MovableClock;

class ActivityTrackerTest {

    private final MovableClock clock = new MovableClock("2026-11-25T10:30:42Z");
    private final ActivityTracker tracker = new ActivityTracker(clock);

    /** Keeps every batch it is given, or fails while {@link #failing}. */
    private static final class Store implements GroupActivityStore {
        final List<List<GroupActivity>> batches = new ArrayList<>();
        boolean failing;

        @Override
        public void recordAll(Collection<GroupActivity> activities) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            batches.add(List.copyOf(activities));
        }

        @Override
        public Map<String, Instant> all() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(String group) {
            throw new UnsupportedOperationException();
        }
    }

    private final Store store = new Store();

    @Test
    void manyMessagesInAMinuteMakeOneRowAtTheMinute() {
        tracker.record("a@groups");
        clock.advance(Duration.ofSeconds(10));
        tracker.record("a@groups");
        tracker.record("b@groups");

        assertThat(tracker.flushTo(store)).isEqualTo(2);
        assertThat(store.batches.get(0)).containsExactlyInAnyOrder(
                new GroupActivity("a@groups", Instant.parse("2026-11-25T10:30:00Z")),
                new GroupActivity("b@groups", Instant.parse("2026-11-25T10:30:00Z")));
    }

    @Test
    void aMinuteAlreadyStoredIsNotStoredAgain() {
        tracker.record("a@groups");
        tracker.flushTo(store);
        tracker.record("a@groups");

        assertThat(tracker.flushTo(store)).isZero();
        clock.advance(Duration.ofMinutes(1));
        tracker.record("a@groups");
        tracker.flushTo(store);

        assertThat(store.batches).containsExactly(
                List.of(new GroupActivity("a@groups", Instant.parse("2026-11-25T10:30:00Z"))),
                List.of(new GroupActivity("a@groups", Instant.parse("2026-11-25T10:31:00Z"))));
    }

    @Test
    void activityTheStoreFailedToTakeWaitsForTheNextFlush() {
        tracker.record("a@groups");
        store.failing = true;
        assertThatThrownBy(() -> tracker.flushTo(store)).hasMessage("database down");
        store.failing = false;

        tracker.flushTo(store);

        assertThat(store.batches).containsExactly(List.of(new GroupActivity("a@groups", Instant.parse("2026-11-25T10:30:00Z"))));
    }

    @Test
    void aForgottenGroupIsNotStored() {
        tracker.record("a@groups");
        tracker.forget("a@groups");

        assertThat(tracker.flushTo(store)).isZero();
        assertThat(store.batches).isEmpty();
    }
}
