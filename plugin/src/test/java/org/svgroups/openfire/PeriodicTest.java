package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PeriodicTest {

    private final MovingClock clock = new MovingClock();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aTickDoesTheWorkOnlyOnceItsDelayAndThenEachPeriodHavePassed() {
        Periodic hourly = new Periodic(runs::incrementAndGet, Duration.ofMinutes(1), Duration.ofHours(1), clock);

        hourly.run();
        clock.advance(Duration.ofSeconds(59));
        hourly.run();
        assertThat(runs).hasValue(0);

        clock.advance(Duration.ofSeconds(1));
        hourly.run();
        assertThat(runs).hasValue(1);

        clock.advance(Periodic.TICK);
        hourly.run();
        clock.advance(Duration.ofMinutes(59));
        hourly.run();
        assertThat(runs).hasValue(1);

        clock.advance(Duration.ofMinutes(1));
        hourly.run();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aTickWhileTheWorkRunsDoesNotStartItAgain() {
        Periodic[] task = new Periodic[1];
        task[0] = new Periodic(() -> {
            runs.incrementAndGet();
            clock.advance(Periodic.TICK);
            task[0].run();
        }, Duration.ZERO, Duration.ofHours(1), clock);

        task[0].run();

        assertThat(runs).hasValue(1);
    }


    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T20:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
