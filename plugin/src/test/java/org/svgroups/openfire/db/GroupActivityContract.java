package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.svgroups.core.stats.GroupActivity;

/**
 * What {@link JdbcGroupActivity} does, on one database: each subclass names its {@link TestDatabase}, where the
 * plugin's current schema is installed from the real scripts, as Openfire's SchemaManager would.
 */
abstract class GroupActivityContract extends StoreContract<JdbcGroupActivity> {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final String GROUP = "dance@groups.svgroups.test";
    static final String OTHER_GROUP = "skate@groups.svgroups.test";
    static final String THIRD_GROUP = "cook@groups.svgroups.test";

    GroupActivityContract(TestDatabase target) {
        super(target, JdbcGroupActivity::new,
                new Table(JdbcGroupActivity.TABLE, List.of("groupjid", "lastactive"), List.of("groupjid")));
    }

    @Test
    void recordedActivityIsListedByGroupToTheMillisecond() {
        store.recordAll(List.of(activity(OTHER_GROUP, T0.plusNanos(123_456_789)), activity(GROUP, T0),
                activity(THIRD_GROUP, T0.minusMillis(1))));

        assertThat(store.all()).containsExactly(entry(THIRD_GROUP, T0.minusMillis(1)), entry(GROUP, T0),
                entry(OTHER_GROUP, T0.plusMillis(123)));
    }

    @Test
    void aLaterInstantReplacesTheStoredOneAndAnEarlierOneChangesNothing() {
        store.recordAll(List.of(activity(GROUP, T0), activity(OTHER_GROUP, T0)));

        store.recordAll(List.of(activity(GROUP, T0.plusSeconds(60)), activity(OTHER_GROUP, T0.minusSeconds(60))));
        assertThat(store.all()).containsExactly(entry(GROUP, T0.plusSeconds(60)), entry(OTHER_GROUP, T0));

        // Within the same millisecond: the same instant, to the store.
        store.recordAll(List.of(activity(GROUP, T0.plusSeconds(60).plusNanos(999_999)), activity(OTHER_GROUP, T0)));
        assertThat(store.all()).containsExactly(entry(GROUP, T0.plusSeconds(60)), entry(OTHER_GROUP, T0));

        store.recordAll(List.of(activity(OTHER_GROUP, T0.plusMillis(1)), activity(GROUP, T0)));
        assertThat(store.all()).containsExactly(entry(GROUP, T0.plusSeconds(60)), entry(OTHER_GROUP, T0.plusMillis(1)));
    }

    @Test
    void theSameGroupSeveralTimesInOneBatchKeepsTheLatest() {
        store.recordAll(List.of(activity(GROUP, T0)));

        store.recordAll(List.of(activity(GROUP, T0.plusSeconds(5)), activity(OTHER_GROUP, T0.plusSeconds(9)),
                activity(GROUP, T0.plusSeconds(30)), activity(OTHER_GROUP, T0.plusSeconds(3)), activity(GROUP, T0.minusSeconds(5))));

        assertThat(store.all()).containsExactly(entry(GROUP, T0.plusSeconds(30)), entry(OTHER_GROUP, T0.plusSeconds(9)));
    }

    @Test
    void anEmptyBatchWritesNothing() {
        store.recordAll(List.of());

        assertThat(store.all()).isEmpty();
    }

    @Test
    void removeForgetsOneGroupOnly() {
        store.recordAll(List.of(activity(GROUP, T0), activity(OTHER_GROUP, T0.plusSeconds(1))));

        store.remove(GROUP);
        store.remove(THIRD_GROUP);
        assertThat(store.all()).containsExactly(entry(OTHER_GROUP, T0.plusSeconds(1)));

        // A group made again with the same JID starts anew, even at an earlier instant.
        store.recordAll(List.of(activity(GROUP, T0.minusSeconds(3600))));
        assertThat(store.all()).containsExactly(entry(GROUP, T0.minusSeconds(3600)), entry(OTHER_GROUP, T0.plusSeconds(1)));
    }

    @Test
    void groupsMatchExactlyAndTheLongestAndAnyScriptRoundTrip() {
        String longest = PendingInvitationsContract.jid(JdbcGroupActivity.MAX_JID_LENGTH, "groups.svgroups.test");
        String unicode = "tanzgruppe-\u00fcn\u00eb-\u821e@groups.svgroups.test";
        String upperCase = "Dance@groups.svgroups.test";
        List<GroupActivity> activities = List.of(activity(longest, T0), activity(unicode, T0.plusMillis(1)),
                activity(GROUP, T0.plusMillis(2)), activity(upperCase, T0.plusMillis(3)));

        store.recordAll(activities);
        store.recordAll(activities.stream().map(a -> activity(a.group(), a.lastActive().plusSeconds(1))).toList());
        store.remove(upperCase);

        assertThat(store.all()).containsOnly(entry(longest, T0.plusSeconds(1)), entry(unicode, T0.plusMillis(1001)),
                entry(GROUP, T0.plusMillis(1002)));
    }

    @Test
    void instantsFarFromNowRoundTrip() {
        Instant beforeEpoch = Instant.ofEpochMilli(-1);
        Instant farFuture = Instant.parse("9999-12-31T23:59:59.999Z");
        Instant longAgo = Instant.parse("0001-01-01T00:00:00Z");

        store.recordAll(List.of(activity(GROUP, beforeEpoch), activity(OTHER_GROUP, farFuture), activity(THIRD_GROUP, longAgo)));

        assertThat(store.all()).containsExactly(entry(THIRD_GROUP, longAgo), entry(GROUP, beforeEpoch),
                entry(OTHER_GROUP, farFuture));
    }

    @Test
    void valuesThatDoNotFitAreRefusedAndChangeNothing() {
        store.recordAll(List.of(activity(GROUP, T0)));
        GroupActivity fine = activity(GROUP, T0.plusSeconds(60));
        String tooLong = PendingInvitationsContract.jid(JdbcGroupActivity.MAX_JID_LENGTH + 1, "groups.svgroups.test");

        assertRefused(activity("", T0), fine, "group is empty");
        assertRefused(activity(tooLong, T0), fine, "group is 256 characters long; at most 255 fit");
        assertRefused(activity(OTHER_GROUP, Instant.MAX), fine, "lastActive is out of range");
        assertThatThrownBy(() -> store.recordAll(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.recordAll(Arrays.asList(fine, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.remove("")).isInstanceOf(IllegalArgumentException.class).hasMessage("group is empty");
        assertThatThrownBy(() -> store.remove(tooLong)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.remove(null)).isInstanceOf(NullPointerException.class);

        assertThat(store.all()).containsExactly(entry(GROUP, T0));
    }

    @Test
    void databaseFailuresBecomePersistenceExceptionsNamingTheOperation() {
        SQLException down = new SQLException("connection refused", "08001");
        JdbcGroupActivity unreachable = new JdbcGroupActivity(() -> {
            throw down;
        });

        assertThatThrownBy(() -> unreachable.recordAll(List.of(activity(GROUP, T0), activity(GROUP, T0.plusSeconds(1)))))
                .isInstanceOf(PersistenceException.class).hasCause(down)
                .hasMessage("Could not record the activity of 1 group: connection refused");
        assertThatThrownBy(unreachable::all).isInstanceOf(PersistenceException.class).hasCause(down)
                .hasMessage("Could not list the activity of the groups: connection refused");
        assertThatThrownBy(() -> unreachable.remove(GROUP)).isInstanceOf(PersistenceException.class).hasCause(down)
                .hasMessage("Could not remove the activity of " + GROUP + ": connection refused");
    }

    @Test
    void concurrentRecordersKeepTheLatestInstantOfEveryGroup() throws Exception {
        // Two cluster nodes recording at the same moments, each its own instants: in every round groups new to
        // both (so that their inserts collide), every third round also groups both have recorded before, in a
        // different order on each node.
        List<List<List<GroupActivity>>> batches = TwoNodes.batches(30, (node, round) -> IntStream.range(0, 10).boxed()
                .flatMap(i -> {
                    Instant instant = T0.plusMillis(round * 100L + (i + node * 7) % 10);
                    GroupActivity fresh = activity("new-" + round + "-" + i + "@groups.svgroups.test", instant);
                    GroupActivity again = activity("steady-" + i + "@groups.svgroups.test", instant);
                    return round % 3 == 0 ? Stream.of(fresh, again) : Stream.of(fresh);
                })
                .toList());

        TwoNodes.run(schema, batches, connections -> new JdbcGroupActivity(connections)::recordAll);

        Map<String, Instant> expected = batches.stream().flatMap(List::stream).flatMap(List::stream).collect(Collectors.toMap(
                GroupActivity::group, GroupActivity::lastActive, BinaryOperator.maxBy(Comparator.naturalOrder()), TreeMap::new));
        assertThat(expected).hasSize(10 + 30 * 10);
        assertThat(store.all()).isEqualTo(expected);
    }

    private void assertRefused(GroupActivity bad, GroupActivity fine, String message) {
        assertThatThrownBy(() -> store.recordAll(List.of(fine, bad))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    static GroupActivity activity(String group, Instant lastActive) {
        return new GroupActivity(group, lastActive);
    }
}
