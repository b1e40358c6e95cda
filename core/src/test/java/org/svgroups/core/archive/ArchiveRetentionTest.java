package org.svgroups.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.svgroups.core.testing.MovableClock;

class ArchiveRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryArchive store = new InMemoryArchive();
    private final ArchiveRetention retention = new ArchiveRetention(store, new MovableClock(NOW), 2, 3);

    private void messagesDaysAgo(int count, int days) {
        Instant at = NOW.minus(Duration.ofDays(days));
        store.appendAll(IntStream.range(0, count).mapToObj(i -> new ArchivedMessage("g", at.toEpochMilli() * 1000 + i,
                days + "-" + i, at, "bob@svgroups.test", "bob", "<message/>")).toList());
    }

    @Test
    void zeroKeepsEverythingWithoutAskingTheStore() {
        messagesDaysAgo(3, 400);

        assertThat(retention.purge(0)).isZero();
        assertThat(store.stored).hasSize(3);
        assertThat(store.removals).isZero();
    }

    @Test
    void olderMessagesGoInBatchesUpToTheLimitOfARunAndTheNextRunGoesOn() {
        messagesDaysAgo(7, 31);
        messagesDaysAgo(2, 29);

        assertThat(retention.purge(30)).isEqualTo(6);
        assertThat(store.removals).isEqualTo(3);
        assertThat(retention.purge(30)).isEqualTo(1);
        assertThat(store.stored).extracting(ArchivedMessage::id).containsExactly("29-0", "29-1");
        assertThat(retention.purge(30)).isZero();
    }
}
