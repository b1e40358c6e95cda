package org.svgroups.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.testing.MovableClock;

class InvitationTallyTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private final MovableClock clock = new MovableClock("2026-11-25T23:59:00Z");
    private final InvitationTally tally = new InvitationTally(clock);

    /** Keeps what it is given, or fails while {@link #failing}. */
    private static final class Store implements InvitationCountStore {
        final List<InvitationCount> rows = new ArrayList<>();
        boolean failing;

        @Override
        public void addAll(Collection<InvitationCount> increments) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            rows.addAll(increments);
        }

        @Override
        public List<InvitationCount> between(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }
    }

    private final Store store = new Store();

    @Test
    void countsAreAddedUpByDayAndOutcome() {
        tally.record(InvitationOutcome.SENT, 2);
        tally.record(InvitationOutcome.SENT, 3);
        tally.record(InvitationOutcome.refused(AppCondition.NOT_FRIENDS), 1);
        clock.advance(Duration.ofMinutes(2));
        tally.record(InvitationOutcome.SENT, 1);

        assertThat(tally.flushTo(store)).isEqualTo(3);
        assertThat(store.rows).containsExactlyInAnyOrder(
                new InvitationCount(TODAY, "sent", 5),
                new InvitationCount(TODAY, "not-friends", 1),
                new InvitationCount(TODAY.plusDays(1), "sent", 1));
    }

    @Test
    void aFlushHandsOnlyWhatCameSinceTheLastOne() {
        tally.record(InvitationOutcome.SENT, 2);
        tally.flushTo(store);
        tally.record(InvitationOutcome.SENT, 1);
        tally.flushTo(store);

        assertThat(tally.flushTo(store)).isZero();
        assertThat(store.rows).containsExactly(new InvitationCount(TODAY, "sent", 2), new InvitationCount(TODAY, "sent", 1));
    }

    @Test
    void countsAStoreFailedToTakeWaitForTheNextFlush() {
        tally.record(InvitationOutcome.refused(AppCondition.RATE_LIMITED), 4);
        store.failing = true;
        assertThatThrownBy(() -> tally.flushTo(store)).hasMessage("database down");
        tally.record(InvitationOutcome.refused(AppCondition.RATE_LIMITED), 1);
        store.failing = false;

        tally.flushTo(store);

        assertThat(store.rows).containsExactly(new InvitationCount(TODAY, "rate-limited", 5));
    }
}
