package org.svgroups.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.svgroups.core.testing.MovableClock;

class ArchiveClockTest {

    @Test
    void keysAreTheMillisecondTimesAThousandAndAlwaysGrow() {
        MovableClock time = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
        ArchiveClock clock = new ArchiveClock(time);
        long millis = time.millis();

        assertThat(clock.next()).isEqualTo(millis * 1000);
        assertThat(clock.next()).isEqualTo(millis * 1000 + 1);
        time.advance(Duration.ofMillis(1));
        assertThat(clock.next()).isEqualTo((millis + 1) * 1000);
        time.advance(Duration.ofSeconds(-10));
        assertThat(clock.next()).as("a clock set back").isEqualTo((millis + 1) * 1000 + 1);
        assertThat(ArchiveClock.millisOf((millis + 1) * 1000 + 1)).isEqualTo(millis + 1);
    }
}
