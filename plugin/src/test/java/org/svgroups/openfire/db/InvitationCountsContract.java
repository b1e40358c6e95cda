package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.svgroups.core.stats.InvitationCount;

/**
 * What {@link JdbcInvitationCounts} does, on one database: each subclass names its {@link TestDatabase}, where the
 * plugin's current schema is installed from the real scripts, as Openfire's SchemaManager would.
 */
abstract class InvitationCountsContract extends StoreContract<JdbcInvitationCounts> {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final String SENT = "sent";
    static final String NOT_FRIENDS = "not-friends";
    static final String FULL = "group-full";

    InvitationCountsContract(TestDatabase target) {
        super(target, JdbcInvitationCounts::new, new Table(JdbcInvitationCounts.TABLE,
                List.of("countday", "outcome", "invitations"), List.of("countday", "outcome")));
    }

    @Test
    void addedCountsAreListedWithEveryField() {
        store.addAll(List.of(count(DAY, SENT, 3), count(DAY, NOT_FRIENDS, 1)));

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, NOT_FRIENDS, 1), count(DAY, SENT, 3));
    }

    @Test
    void countsAccumulateAcrossBatches() {
        store.addAll(List.of(count(DAY, SENT, 3), count(DAY, FULL, 1)));
        store.addAll(List.of(count(DAY, SENT, 4)));
        store.addAll(List.of(count(DAY, SENT, 1), count(DAY, NOT_FRIENDS, 7)));

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, FULL, 1), count(DAY, NOT_FRIENDS, 7),
                count(DAY, SENT, 8));
    }

    @Test
    void theSameOutcomeSeveralTimesInOneBatchAddsUp() {
        store.addAll(List.of(count(DAY, SENT, 1)));

        store.addAll(List.of(count(DAY, FULL, 2), count(DAY, SENT, 5), count(DAY, FULL, 3), count(DAY, SENT, 10),
                count(DAY, FULL, 4)));

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, FULL, 9), count(DAY, SENT, 16));
    }

    @Test
    void everyDayAndOutcomeHasItsOwnRowCaseIncluded() {
        List<InvitationCount> counts = List.of(count(DAY, SENT, 1), count(DAY, "Sent", 2), count(DAY, "SENT", 4),
                count(DAY.plusDays(1), SENT, 8), count(DAY.minusDays(1), SENT, 16));

        store.addAll(counts);

        assertThat(store.between(DAY.minusDays(1), DAY.plusDays(1))).containsExactlyInAnyOrderElementsOf(counts);
    }

    @Test
    void zeroIncrementsAndEmptyBatchesWriteNothing() {
        store.addAll(List.of());
        store.addAll(List.of(count(DAY, SENT, 0)));
        store.addAll(List.of(count(DAY, FULL, 2), count(DAY, NOT_FRIENDS, 0)));
        store.addAll(List.of(count(DAY, FULL, 0)));

        assertThat(store.between(LocalDate.MIN, LocalDate.MAX)).containsExactly(count(DAY, FULL, 2));
    }

    @Test
    void betweenIncludesBothEndsAndNothingElse() {
        // A week of counts, one a day: the day's number of the week, Monday 1.
        LocalDate monday = LocalDate.of(2026, 11, 23);
        store.addAll(monday.datesUntil(monday.plusDays(7)).map(day -> count(day, SENT, day.getDayOfWeek().getValue())).toList());

        assertThat(store.between(monday.plusDays(2), monday.plusDays(4))).extracting(InvitationCount::invitations)
                .containsExactly(3L, 4L, 5L);
        assertThat(store.between(monday, monday)).containsExactly(count(monday, SENT, 1));
        assertThat(store.between(monday.plusDays(7), monday.plusDays(300))).as("after").isEmpty();
        assertThat(store.between(monday.minusDays(300), monday.minusDays(1))).as("before").isEmpty();
        assertThat(store.between(monday.plusDays(4), monday.plusDays(2))).as("from after to").isEmpty();
        assertThat(store.between(LocalDate.MIN, LocalDate.MAX)).extracting(InvitationCount::invitations)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void theFirstAndLastDaysFitAndDaysKeepTheirOrderAcrossMonthsAndYears() {
        LocalDate lastOfYear = LocalDate.of(2026, 12, 31);
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        store.addAll(List.of(count(leapDay, SENT, 3), count(JdbcInvitationCounts.LAST_DAY, SENT, 5),
                count(newYear, SENT, 2), count(JdbcInvitationCounts.FIRST_DAY, SENT, 4), count(lastOfYear, SENT, 1)));

        assertThat(store.between(lastOfYear, newYear)).extracting(InvitationCount::day).containsExactly(lastOfYear, newYear);
        assertThat(store.between(LocalDate.MIN, LocalDate.MAX)).extracting(InvitationCount::invitations)
                .containsExactly(4L, 1L, 2L, 3L, 5L);
    }

    @Test
    void betweenListsByDayThenOutcomeWhateverTheCollation() {
        // Upper case before lower case and '-' before letters, as String.compareTo orders them; a linguistic
        // collation would order them otherwise. Written one at a time, latest first.
        List<String> outcomes = List.of("Zeta", "a-b", "ab", "alpha");
        for (int i = outcomes.size() - 1; i >= 0; i--) {
            store.addAll(List.of(count(DAY.plusDays(1), outcomes.get(i), 1), count(DAY, outcomes.get(i), 1)));
        }

        assertThat(store.between(DAY, DAY.plusDays(1))).extracting(InvitationCount::day, InvitationCount::outcome)
                .containsExactly(tuple(DAY, "Zeta"), tuple(DAY, "a-b"), tuple(DAY, "ab"), tuple(DAY, "alpha"),
                        tuple(DAY.plusDays(1), "Zeta"), tuple(DAY.plusDays(1), "a-b"), tuple(DAY.plusDays(1), "ab"),
                        tuple(DAY.plusDays(1), "alpha"));
    }

    @Test
    void theLongestOutcomesFitAndAnyScriptRoundTrips() {
        String longest = "o".repeat(JdbcInvitationCounts.MAX_OUTCOME_LENGTH);
        // 16 emoji are 32 UTF-16 code units (and 64 bytes in UTF-8).
        String emoji = "\uD83D\uDEAB".repeat(JdbcInvitationCounts.MAX_OUTCOME_LENGTH / 2);
        String accented = "abgelehnt-\u00fcber-\u62d2\u7edd";
        List<InvitationCount> counts = List.of(count(DAY, longest, 1), count(DAY, emoji, 2), count(DAY, accented, 3));

        store.addAll(counts);
        store.addAll(counts);

        assertThat(store.between(DAY, DAY)).containsExactlyInAnyOrder(count(DAY, longest, 2), count(DAY, emoji, 4),
                count(DAY, accented, 6));
    }

    @Test
    void largeCountsAreKept() {
        long large = Long.MAX_VALUE / 2;
        store.addAll(List.of(count(DAY, SENT, large)));
        store.addAll(List.of(count(DAY, SENT, large)));

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, SENT, 2 * large));
    }

    @Test
    void valuesThatDoNotFitAreRefusedAndChangeNothing() {
        InvitationCount stored = count(DAY, SENT, 7);
        store.addAll(List.of(stored));
        InvitationCount fine = count(DAY, SENT, 1);
        // 17 emoji are 34 UTF-16 code units: the limit counts what String.length() counts.
        String tooManyEmoji = "\uD83D\uDEAB".repeat(JdbcInvitationCounts.MAX_OUTCOME_LENGTH / 2 + 1);

        assertRefused(count(DAY, "", 1), fine, "outcome is empty");
        assertRefused(count(DAY, "o".repeat(33), 1), fine, "outcome is 33 characters long; at most 32 fit");
        assertRefused(count(DAY, tooManyEmoji, 1), fine, "outcome is 34 characters long; at most 32 fit");
        assertRefused(count(DAY, FULL, -1), fine, "invitations is negative (-1) for outcome group-full on 2026-11-25");
        assertRefused(count(LocalDate.of(10_000, 1, 1), SENT, 1), fine, "day is out of range");
        assertRefused(count(LocalDate.of(0, 12, 31), SENT, 1), fine, "day is out of range");
        assertRefused(count(DAY, SENT, Long.MAX_VALUE), fine, "add up to more than");
        assertThatThrownBy(() -> store.addAll(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.addAll(Arrays.asList(fine, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.between(null, DAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.between(DAY, null)).isInstanceOf(NullPointerException.class);

        assertThat(store.between(LocalDate.MIN, LocalDate.MAX)).containsExactly(stored);
    }

    @Test
    void aCountThatWouldOverflowInTheDatabaseFailsTheWholeBatch() {
        store.addAll(List.of(count(DAY, SENT, Long.MAX_VALUE)));

        assertThatThrownBy(() -> store.addAll(List.of(count(DAY, FULL, 1), count(DAY, SENT, 1))))
                .isInstanceOf(PersistenceException.class)
                .hasMessageStartingWith("Could not add 2 invitation counts of 2026-11-25: ");

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, SENT, Long.MAX_VALUE));
    }

    @Test
    void databaseFailuresBecomePersistenceExceptionsNamingTheOperation() {
        SQLException down = new SQLException("connection refused", "08001");
        JdbcInvitationCounts unreachable = new JdbcInvitationCounts(() -> {
            throw down;
        });

        assertThatThrownBy(() -> unreachable.addAll(List.of(count(DAY, SENT, 1), count(DAY.plusDays(2), SENT, 1))))
                .isInstanceOf(PersistenceException.class).hasCause(down)
                .hasMessage("Could not add 2 invitation counts of 2026-11-25 to 2026-11-27: connection refused");
        assertThatThrownBy(() -> unreachable.between(DAY, DAY))
                .isInstanceOf(PersistenceException.class).hasCause(down)
                .hasMessage("Could not list the invitation counts of 2026-11-25: connection refused");
    }

    @Test
    void concurrentFlushesOfTheSameOutcomesAddUpExactly() throws Exception {
        // Two cluster nodes flushing at the same moments: outcomes counted in every round, and new ones appearing
        // in each, in a different order on each node. The new outcomes come first in the order the store writes
        // in, so that both nodes look for them before either inserts them.
        List<List<List<InvitationCount>>> flushes = TwoNodes.batches(30, (node, round) -> IntStream.range(0, 10).boxed()
                .flatMap(i -> Stream.of(count(DAY, "steady-" + i, node + 1), count(DAY, "a-new-" + round + "-" + i, i + 1)))
                .toList());

        TwoNodes.run(schema, flushes, connections -> new JdbcInvitationCounts(connections)::addAll);

        Map<String, Long> expected = flushes.stream().flatMap(List::stream).flatMap(List::stream)
                .collect(Collectors.toMap(InvitationCount::outcome, InvitationCount::invitations, Long::sum, TreeMap::new));
        assertThat(expected).hasSize(10 + 30 * 10);
        assertThat(store.between(DAY, DAY)).extracting(InvitationCount::outcome, InvitationCount::invitations)
                .containsExactlyElementsOf(expected.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue())).toList());
    }

    private void assertRefused(InvitationCount bad, InvitationCount fine, String message) {
        assertThatThrownBy(() -> store.addAll(List.of(fine, bad))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    static InvitationCount count(LocalDate day, String outcome, long invitations) {
        return new InvitationCount(day, outcome, invitations);
    }
}
