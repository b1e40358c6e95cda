package org.svgroups.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svgroups.core.archive.InvalidArchiveQueryException.Condition;

class ArchiveReaderTest {

    private static final String GROUP = "dance@groups.svgroups.test";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryArchive store = new InMemoryArchive();
    private final ArchiveReader reader = new ArchiveReader(store);
    /** Ten messages, one a second from T0, ids m0 to m9; and one of another group in between. */
    private List<ArchivedMessage> messages;

    @BeforeEach
    void fill() {
        messages = IntStream.range(0, 10).mapToObj(i -> message(GROUP, "m" + i, T0.plusSeconds(i))).toList();
        store.appendAll(messages);
        store.appendAll(List.of(message("skate@groups.svgroups.test", "other", T0.plusMillis(500))));
    }

    private static ArchivedMessage message(String group, String id, Instant at) {
        return new ArchivedMessage(group, at.toEpochMilli() * 1000, id, at, "bob@svgroups.test", "bob", "<message/>");
    }

    private static ArchiveQuery query(int max) {
        return new ArchiveQuery(null, null, null, null, max, null, null, false);
    }

    @Test
    void pagesForwardWithAfterUntilComplete() {
        ArchivePage first = reader.read(GROUP, query(4), null);
        assertThat(first.messages()).containsExactlyElementsOf(messages.subList(0, 4));
        assertThat(first.complete()).isFalse();

        ArchivePage last = reader.read(GROUP, new ArchiveQuery(null, null, null, null, 4, "m7", null, false), null);
        assertThat(last.messages()).containsExactlyElementsOf(messages.subList(8, 10));
        assertThat(last.complete()).isTrue();

        ArchivePage exact = reader.read(GROUP, new ArchiveQuery(null, null, null, null, 4, "m5", null, false), null);
        assertThat(exact.messages()).containsExactlyElementsOf(messages.subList(6, 10));
        assertThat(exact.complete()).as("the page holds the last message").isTrue();
    }

    @Test
    void anEmptyBeforeGivesTheLastPageAndBeforeAnIdPagesBack() {
        ArchivePage last = reader.read(GROUP, new ArchiveQuery(null, null, null, null, 3, null, "", false), null);
        assertThat(last.messages()).containsExactlyElementsOf(messages.subList(7, 10));
        assertThat(last.complete()).isFalse();

        ArchivePage earlier = reader.read(GROUP, new ArchiveQuery(null, null, null, null, 5, null, "m3", false), null);
        assertThat(earlier.messages()).containsExactlyElementsOf(messages.subList(0, 3));
        assertThat(earlier.complete()).isTrue();

        ArchivePage flipped = reader.read(GROUP, new ArchiveQuery(null, null, null, null, 3, null, "", true), null);
        assertThat(flipped.messages()).containsExactly(messages.get(9), messages.get(8), messages.get(7));
    }

    @Test
    void startEndAndTheIdFiltersBoundTheRangeInclusivelyForTimesExclusivelyForIds() {
        ArchivePage times = reader.read(GROUP, new ArchiveQuery(T0.plusSeconds(2), T0.plusSeconds(4), null, null, 50, null,
                null, false), null);
        assertThat(times.messages()).containsExactlyElementsOf(messages.subList(2, 5));

        ArchivePage ids = reader.read(GROUP, new ArchiveQuery(null, null, "m2", "m6", 50, null, null, false), null);
        assertThat(ids.messages()).containsExactlyElementsOf(messages.subList(3, 6));
        assertThat(ids.complete()).isTrue();

        assertThat(reader.read(GROUP, new ArchiveQuery(T0.plusSeconds(5), T0.plusSeconds(2), null, null, 50, null, null,
                false), null).messages()).isEmpty();
        assertThat(reader.read(GROUP, new ArchiveQuery(Instant.MIN, Instant.MAX, null, null, 50, null, null, false), null)
                .messages()).hasSize(10);
    }

    @Test
    void aReaderSeesOnlyFromTheMomentTheyJoinedAndEarlierIdsAreUnknownToThem() {
        Instant joined = T0.plusSeconds(6);

        assertThat(reader.read(GROUP, query(50), joined).messages()).containsExactlyElementsOf(messages.subList(6, 10));
        assertThat(reader.read(GROUP, new ArchiveQuery(null, null, null, null, 50, null, "", false), joined).messages())
                .containsExactlyElementsOf(messages.subList(6, 10));
        assertThat(reader.bounds(GROUP, joined)).hasValueSatisfying(bounds -> {
            assertThat(bounds.first()).isEqualTo(messages.get(6));
            assertThat(bounds.last()).isEqualTo(messages.get(9));
        });
        assertThatThrownBy(() -> reader.read(GROUP, new ArchiveQuery(null, null, "m2", null, 50, null, null, false), joined))
                .isInstanceOfSatisfying(InvalidArchiveQueryException.class,
                        e -> assertThat(e.condition()).isEqualTo(Condition.ITEM_NOT_FOUND));
    }

    @Test
    void idsOfNoMessageOrOfAnotherGroupAreNotFound() {
        for (ArchiveQuery query : List.of(new ArchiveQuery(null, null, "nope", null, 5, null, null, false),
                new ArchiveQuery(null, null, null, "other", 5, null, null, false),
                new ArchiveQuery(null, null, null, null, 5, "nope", null, false),
                new ArchiveQuery(null, null, null, null, 5, null, "nope", false))) {
            assertThatThrownBy(() -> reader.read(GROUP, query, null)).isInstanceOfSatisfying(InvalidArchiveQueryException.class,
                    e -> assertThat(e.condition()).isEqualTo(Condition.ITEM_NOT_FOUND)).hasMessageContaining("no message");
        }
    }

    @Test
    void aPageOfZeroSaysWhetherThereIsAnythingAndAnEmptyArchiveHasNoBounds() {
        ArchivePage none = reader.read(GROUP, query(0), null);
        assertThat(none.messages()).isEmpty();
        assertThat(none.complete()).isFalse();
        assertThat(reader.bounds("empty@groups.svgroups.test", null)).isEmpty();
        assertThat(reader.read("empty@groups.svgroups.test", query(0), null).complete()).isTrue();
    }
}
