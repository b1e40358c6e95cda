package org.svgroups.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ArchiveBufferTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private static ArchivedMessage message(String group, int i) {
        return new ArchivedMessage(group, i, group + i, T0, "bob@svgroups.test", "bob", "<message/>");
    }

    @Test
    void aFullBufferDropsAndCountsInsteadOfWaiting() {
        ArchiveBuffer buffer = new ArchiveBuffer(3, 2);

        assertThat(IntStream.range(0, 5).mapToObj(i -> buffer.offer(message("g", i)))).containsExactly(true, true, true, false, false);
        assertThat(buffer.dropped()).isEqualTo(2);
        assertThat(buffer.pending()).isEqualTo(3);
    }

    @Test
    void flushWritesEverythingInOrderInBatches() {
        ArchiveBuffer buffer = new ArchiveBuffer(10, 2);
        InMemoryArchive store = new InMemoryArchive();
        List<ArchivedMessage> messages = IntStream.range(0, 5).mapToObj(i -> message("g", i)).toList();
        messages.forEach(buffer::offer);

        assertThat(buffer.flushTo(store)).isEqualTo(5);

        assertThat(store.stored).containsExactlyElementsOf(messages);
        assertThat(store.appends).isEqualTo(3);
        assertThat(buffer.pending()).isZero();
        assertThat(buffer.flushTo(store)).isZero();
    }

    @Test
    void aBatchTheStoreFailsOnIsWrittenFirstNextTimeAndNothingIsLost() {
        ArchiveBuffer buffer = new ArchiveBuffer(10, 2);
        InMemoryArchive store = new InMemoryArchive();
        List<ArchivedMessage> messages = IntStream.range(0, 4).mapToObj(i -> message("g", i)).toList();
        messages.subList(0, 3).forEach(buffer::offer);
        store.failures = 1;

        assertThatThrownBy(() -> buffer.flushTo(store)).hasMessage("database down");
        assertThat(buffer.pending()).isEqualTo(3);
        assertThat(buffer.hasPending("g")).isTrue();
        buffer.offer(messages.get(3));

        assertThat(buffer.flushTo(store)).isEqualTo(4);
        assertThat(store.stored).containsExactlyElementsOf(messages);
        assertThat(buffer.hasPending("g")).isFalse();
    }

    @Test
    void aDissolvedGroupsMessagesAreForgottenQueuedOrUnwritten() {
        ArchiveBuffer buffer = new ArchiveBuffer(10, 1);
        InMemoryArchive store = new InMemoryArchive();
        buffer.offer(message("gone", 1));
        store.failures = 1;
        assertThatThrownBy(() -> buffer.flushTo(store)).isInstanceOf(IllegalStateException.class);
        buffer.offer(message("gone", 2));
        buffer.offer(message("kept", 3));

        buffer.forget("gone");
        buffer.flushTo(store);

        assertThat(store.stored).containsExactly(message("kept", 3));
    }
}
