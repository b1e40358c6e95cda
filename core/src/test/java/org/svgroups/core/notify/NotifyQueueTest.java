package org.svgroups.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class NotifyQueueTest {

    static NotifyEvent event(int i) {
        return new NotifyEvent("g@groups.example.org", "G", "alice@example.org", NotifyKind.MESSAGE, "id-" + i,
                List.of("bob@example.org"), null, Instant.parse("2026-11-25T10:00:00Z"), null);
    }

    @Test
    void aFullQueueRefusesAndCountsWhatItDropsAndKeepsTheOldest() throws InterruptedException {
        NotifyQueue queue = new NotifyQueue(3);
        for (int i = 0; i < 5; i++) {
            queue.offer(event(i));
        }

        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.dropped()).isEqualTo(2);
        assertThat(queue.take(10, Duration.ZERO)).extracting(NotifyEvent::archiveId).containsExactly("id-0", "id-1", "id-2");
    }

    @Test
    void takeGivesAtMostTheBatchSizeInOrder() throws InterruptedException {
        NotifyQueue queue = new NotifyQueue(10);
        for (int i = 0; i < 5; i++) {
            assertThat(queue.offer(event(i))).isTrue();
        }

        assertThat(queue.take(2, Duration.ZERO)).extracting(NotifyEvent::archiveId).containsExactly("id-0", "id-1");
        assertThat(queue.take(2, Duration.ZERO)).extracting(NotifyEvent::archiveId).containsExactly("id-2", "id-3");
        assertThat(queue.take(2, Duration.ZERO)).extracting(NotifyEvent::archiveId).containsExactly("id-4");
        assertThat(queue.take(2, Duration.ZERO)).isEmpty();
        assertThat(queue.dropped()).isZero();
    }
}
