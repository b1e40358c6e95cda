package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.svgroups.core.archive.ArchivedMessage;

/** What {@link JdbcArchive} does, on one database (see {@link StoreContract}). */
abstract class ArchiveContract extends StoreContract<JdbcArchive> {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final String GROUP = "dance@groups.svgroups.test";
    static final String OTHER_GROUP = "skate@groups.svgroups.test";

    ArchiveContract(TestDatabase target) {
        super(target, JdbcArchive::new, new Table(JdbcArchive.TABLE,
                List.of("groupjid", "orderkey", "stanzaid", "sentat", "senderjid", "nickname", "stanza"),
                List.of("groupjid", "orderkey")));
    }

    @Test
    void pagesFollowTheOrderKeyFromEitherEndWithinTheRange() {
        List<ArchivedMessage> all = messages(GROUP, 10);
        store.appendAll(all);
        store.appendAll(messages(OTHER_GROUP, 3));

        assertThat(store.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 3, false)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(store.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 3, true)).containsExactlyElementsOf(all.subList(7, 10));
        assertThat(store.page(GROUP, all.get(2).order(), all.get(6).order(), 10, false)).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(store.page(GROUP, all.get(2).order(), all.get(6).order(), 2, true)).containsExactlyElementsOf(all.subList(4, 6));
        assertThat(store.page(GROUP, all.get(9).order(), Long.MAX_VALUE, 5, false)).isEmpty();
        assertThat(store.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 0, false)).isEmpty();
        assertThat(store.page("nobody@groups.svgroups.test", Long.MIN_VALUE, Long.MAX_VALUE, 5, false)).isEmpty();
    }

    @Test
    void messagesRoundTripWholeWithTheirIdsAndEdges() {
        String big = "<message xmlns=\"jabber:client\"><body>" + "\u821e\u00e9x".repeat(40_000) + "</body></message>";
        ArchivedMessage large = new ArchivedMessage(GROUP, T0.plusSeconds(5).toEpochMilli() * 1000, "id-large", T0.plusSeconds(5),
                "bob@svgroups.test",
                "B\u00f6b", big);
        List<ArchivedMessage> all = new ArrayList<>(messages(GROUP, 2));
        all.add(large);
        store.appendAll(all);

        assertThat(store.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 10, false)).containsExactlyElementsOf(all);
        assertThat(store.orderOf(GROUP, "id-large")).contains(large.order());
        assertThat(store.orderOf(OTHER_GROUP, "id-large")).isEmpty();
        assertThat(store.orderOf(GROUP, "no-such-id")).isEmpty();
        assertThat(store.orderOf(GROUP, "x".repeat(300))).isEmpty();
        assertThat(store.edge(GROUP, Long.MIN_VALUE, false)).contains(all.get(0));
        assertThat(store.edge(GROUP, Long.MIN_VALUE, true)).contains(large);
        assertThat(store.edge(GROUP, large.order(), true)).isEmpty();
    }

    @Test
    void aMessageIsFoundByItsIdInItsGroupOnlyAndItsStanzaReplacedInPlace() {
        List<ArchivedMessage> all = messages(GROUP, 3);
        store.appendAll(all);
        store.appendAll(messages(OTHER_GROUP, 3));
        ArchivedMessage middle = all.get(1);
        String tombstone = "<message xmlns=\"jabber:client\"><retracted xmlns=\"urn:xmpp:message-retract:1\" stamp=\"2026-12-03T14:00:00Z\"/></message>";

        assertThat(store.find(GROUP, middle.id())).contains(middle);
        assertThat(store.find(GROUP, "no-such-id")).isEmpty();
        assertThat(store.find(GROUP, "x".repeat(300))).isEmpty();
        assertThat(store.replaceStanza(GROUP, middle.id(), tombstone)).isTrue();
        assertThat(store.replaceStanza(GROUP, "no-such-id", tombstone)).isFalse();
        assertThat(store.replaceStanza(GROUP, "x".repeat(300), tombstone)).isFalse();

        ArchivedMessage replaced = new ArchivedMessage(middle.group(), middle.order(), middle.id(), middle.sentAt(),
                middle.sender(), middle.nickname(), tombstone);
        assertThat(store.find(GROUP, middle.id())).contains(replaced);
        assertThat(store.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 10, false))
                .containsExactly(all.get(0), replaced, all.get(2));
        // A group's ids name nothing in another group.
        assertThat(store.find(OTHER_GROUP, middle.id())).isEmpty();
        assertThat(store.replaceStanza(OTHER_GROUP, middle.id(), tombstone)).isFalse();
        assertThat(store.page(OTHER_GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 10, false)).containsExactlyElementsOf(messages(OTHER_GROUP, 3));
        assertThatThrownBy(() -> store.replaceStanza(GROUP, middle.id(), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchWrittenAgainIsNotStoredTwiceAndTheRestOfItIsStored() {
        List<ArchivedMessage> all = messages(GROUP, 4);
        store.appendAll(all.subList(0, 2));

        store.appendAll(all);

        assertThat(store.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 10, false)).containsExactlyElementsOf(all);
    }

    @Test
    void removingAGroupAndPurgingByAgeDeleteOnlyWhatTheySay() {
        List<ArchivedMessage> group = messages(GROUP, 6);
        // Later than the cutoff: the purge leaves them.
        List<ArchivedMessage> other = messages(OTHER_GROUP, 2).stream().map(m -> new ArchivedMessage(m.group(),
                m.order() + 3_600_000_000L, m.id(), m.sentAt().plusSeconds(3600), m.sender(), m.nickname(), m.stanza())).toList();
        store.appendAll(group);
        store.appendAll(other);

        assertThat(store.removeBefore(group.get(3).sentAt(), 2)).isEqualTo(2);
        assertThat(store.removeBefore(group.get(3).sentAt(), 100)).isEqualTo(1);
        assertThat(store.removeBefore(group.get(3).sentAt(), 100)).isZero();
        assertThat(store.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 10, false)).containsExactlyElementsOf(group.subList(3, 6));

        assertThat(store.removeGroup(GROUP)).isEqualTo(3);
        assertThat(store.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 10, false)).isEmpty();
        assertThat(store.page(OTHER_GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 10, false)).containsExactlyElementsOf(other);
    }

    @Test
    void valuesThatDoNotFitAreRefusedAndNothingOfTheBatchIsStored() {
        ArchivedMessage fine = messages(GROUP, 1).get(0);
        for (ArchivedMessage bad : List.of(
                new ArchivedMessage("", 1, "a", T0, "bob@svgroups.test", "bob", "<m/>"),
                new ArchivedMessage(GROUP, 1, "", T0, "bob@svgroups.test", "bob", "<m/>"),
                new ArchivedMessage(GROUP, 1, "a", T0, "bob@svgroups.test", "", "<m/>"),
                new ArchivedMessage(GROUP, 1, "a", T0, "bob@svgroups.test", "n".repeat(1025), "<m/>"),
                new ArchivedMessage(GROUP, 1, "a", T0, "x".repeat(256), "bob", "<m/>"),
                new ArchivedMessage(GROUP, 1, "a", T0, "bob@svgroups.test", "bob", ""))) {
            assertThatThrownBy(() -> store.appendAll(List.of(fine, bad))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 10, false)).isEmpty();
    }

    @Test
    void databaseFailuresBecomePersistenceExceptionsNamingTheOperation() {
        SQLException down = new SQLException("connection refused", "08001");
        JdbcArchive unreachable = new JdbcArchive(() -> {
            throw down;
        });

        assertThatThrownBy(() -> unreachable.appendAll(messages(GROUP, 2))).isInstanceOf(PersistenceException.class)
                .hasCause(down).hasMessage("Could not archive 2 messages: connection refused");
        assertThatThrownBy(() -> unreachable.page(GROUP, 0, 10, 5, false)).isInstanceOf(PersistenceException.class)
                .hasMessage("Could not read the archive of " + GROUP + ": connection refused");
        assertThatThrownBy(() -> unreachable.removeGroup(GROUP)).isInstanceOf(PersistenceException.class)
                .hasMessage("Could not delete the archive of " + GROUP + ": connection refused");
        assertThatThrownBy(() -> unreachable.find(GROUP, "a")).isInstanceOf(PersistenceException.class)
                .hasMessage("Could not find message a in the archive of " + GROUP + ": connection refused");
        assertThatThrownBy(() -> unreachable.replaceStanza(GROUP, "a", "<m/>")).isInstanceOf(PersistenceException.class)
                .hasMessage("Could not replace message a in the archive of " + GROUP + ": connection refused");
    }

    /** {@code count} messages of the group, a millisecond apart from T0, with ids "group-i". */
    static List<ArchivedMessage> messages(String group, int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            Instant at = T0.plusMillis(i);
            return new ArchivedMessage(group, at.toEpochMilli() * 1000, group.substring(0, 4) + "-" + i, at,
                    "user" + (i % 3) + "@svgroups.test", "nick" + (i % 3),
                    "<message xmlns=\"jabber:client\" type=\"groupchat\"><body>" + i + "</body></message>");
        }).toList();
    }
}
