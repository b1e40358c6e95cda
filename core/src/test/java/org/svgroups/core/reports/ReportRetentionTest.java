package org.svgroups.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.testing.MovableClock;

class ReportRetentionTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    final InMemoryReports store = new InMemoryReports();
    final MovableClock clock = new MovableClock(T0);

    void report(long id, boolean closedAt) {
        store.addIfAbsent(new Report(id, "g@groups.x", "r" + id + "@x", ReportTarget.group("g@groups.x"), "g@groups.x",
                ReportReason.SPAM, null, null, false, clock.instant(), ReportState.OPEN), List.of());
        if (closedAt) {
            store.act(new ReportAction(id, ReportAction.Kind.DISMISS, "admin", "not spam", 0, clock.instant()));
        }
    }

    @Test
    void closedReportsGoOnceClosedLongerThanTheRetentionOpenOnesStay() {
        report(1, true);
        report(2, false);
        clock.advance(Duration.ofDays(20));
        report(3, true);
        clock.advance(Duration.ofDays(15));

        assertThat(new ReportRetention(store, clock, 10, 10).purge(30)).isEqualTo(1);
        assertThat(store.reports.keySet()).containsExactly(2L, 3L);
    }

    @Test
    void purgesInBoundedBatches() {
        for (long id = 1; id <= 7; id++) {
            report(id, true);
        }
        clock.advance(Duration.ofDays(2));

        assertThat(new ReportRetention(store, clock, 2, 3).purge(1)).isEqualTo(6);
        assertThat(store.reports).hasSize(1);
        assertThatThrownBy(() -> new ReportRetention(store, clock, 2, 3).purge(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
