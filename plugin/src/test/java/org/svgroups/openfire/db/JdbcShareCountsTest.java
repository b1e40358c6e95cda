package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svgroups.openfire.db.ShareCountsContract.DAY;
import static org.svgroups.openfire.db.ShareCountsContract.GROUP;
import static org.svgroups.openfire.db.ShareCountsContract.VIDEO;
import static org.svgroups.openfire.db.ShareCountsContract.count;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.svgroups.core.share.ShareCount;

/**
 * How the share count store uses its connections, transactions and batches, on in-memory HSQLDB: what Openfire's
 * pool needs (every connection closed, auto-commit as it was), that a batch is all or nothing (so that a caller may
 * hand a failed batch back), the retry on conflicts, drivers that do not count batched updates, and failures.
 */
class JdbcShareCountsTest {

    private final ScratchDatabase database = InMemoryHsqldb.create();
    private final TrackingSource connections = new TrackingSource(database.connections());
    private final JdbcShareCounts store = new JdbcShareCounts(connections);

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void anAddTakesOneConnectionOneTransactionAndOneBatchPerStatement() throws SQLException {
        createSchema();
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 1)));
        connections.reset();
        List<ShareCount> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(count(DAY, GROUP, VIDEO, i % 2 == 0 ? "old" : "new" + i, 1));
        }

        store.addAll(batch);

        assertThat(connections.opened).isEqualTo(1);
        assertThat(connections.closed).isEqualTo(1);
        assertThat(connections.autoCommitAtClose).containsExactly(true);
        assertThat(connections.calls).containsExactly("setAutoCommit(false)", "UPDATE executeBatch(101)",
                "INSERT executeBatch(100)", "commit", "setAutoCommit(true)");
        assertThat(store.between(DAY, DAY)).hasSize(101).first().isEqualTo(count(DAY, GROUP, VIDEO, "new1", 1));
        assertThat(store.between(DAY, DAY)).filteredOn(c -> c.itemId().equals("old")).extracting(ShareCount::shares).containsExactly(101L);
    }

    @Test
    void aBatchOfKnownKeysNeedsNoInsert() throws SQLException {
        createSchema();
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "a", 1), count(DAY, GROUP, VIDEO, "b", 1)));
        connections.reset();

        store.addAll(List.of(count(DAY, GROUP, VIDEO, "b", 1), count(DAY, GROUP, VIDEO, "a", 1)));

        assertThat(connections.calls).containsExactly("setAutoCommit(false)", "UPDATE executeBatch(2)", "commit",
                "setAutoCommit(true)");
    }

    @Test
    void betweenTakesOneConnectionAndLeavesItAsItWas() throws SQLException {
        createSchema();

        store.between(DAY, DAY);

        assertThat(connections.opened).isEqualTo(1);
        assertThat(connections.closed).isEqualTo(1);
        assertThat(connections.autoCommitAtClose).containsExactly(true);
    }

    @Test
    void nothingToDoAndInvalidArgumentsNeedNoConnection() {
        store.addAll(List.of());
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "v", 0)));
        assertThat(store.between(DAY, DAY.minusDays(1))).isEmpty();
        assertThat(store.between(LocalDate.of(10_000, 1, 1), LocalDate.MAX)).isEmpty();
        assertThatThrownBy(() -> store.addAll(List.of(count(DAY, GROUP, VIDEO, "v", 1), count(DAY, GROUP, VIDEO, "x".repeat(65), 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.addAll(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.between(DAY, null)).isInstanceOf(NullPointerException.class);

        assertThat(connections.opened).isZero();
    }

    @Test
    void aBatchThatCollidesWithAnotherWriterIsRolledBackAndTriedAgainCountingEachIncrementOnce() throws SQLException {
        createSchema();
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 10)));
        connections.reset();
        connections.insertFailures.add(() -> new SQLException("simulated duplicate key", "23505"));
        connections.insertFailures.add(() -> new SQLException("simulated deadlock", "40001"));

        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 1), count(DAY, GROUP, VIDEO, "new", 2)));

        assertThat(connections.opened).isEqualTo(1);
        assertThat(connections.calls).containsExactly("setAutoCommit(false)",
                "UPDATE executeBatch(2)", "INSERT executeBatch(1)", "rollback",
                "UPDATE executeBatch(2)", "INSERT executeBatch(1)", "rollback",
                "UPDATE executeBatch(2)", "INSERT executeBatch(1)", "commit", "setAutoCommit(true)");
        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "new", 2), count(DAY, GROUP, VIDEO, "old", 11));
    }

    @Test
    void aConflictInsideABatchUpdateExceptionIsRecognised() throws SQLException {
        // As some drivers report a failed batch: the database's error as the next exception.
        createSchema();
        connections.insertFailures.add(() -> {
            BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, new int[] {Statement.EXECUTE_FAILED});
            batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
            return batch;
        });

        store.addAll(List.of(count(DAY, GROUP, VIDEO, "new", 2)));

        assertThat(connections.calls).filteredOn(call -> call.startsWith("INSERT")).hasSize(2);
        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "new", 2));
    }

    @Test
    void aBatchThatKeepsCollidingGivesUpLeavingNothingBehind() throws SQLException {
        createSchema();
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 10)));
        connections.reset();
        for (int i = 0; i < JdbcShareCounts.ADD_ATTEMPTS + 5; i++) {
            connections.insertFailures.add(() -> new SQLException("simulated deadlock", "40001"));
        }

        assertThatThrownBy(() -> store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 1), count(DAY.plusDays(1), GROUP, VIDEO, "new", 2))))
                .isInstanceOf(PersistenceException.class)
                .hasMessage("Could not add 2 share counts of 2026-11-25 to 2026-11-26: simulated deadlock");

        assertThat(connections.calls).filteredOn(call -> call.startsWith("INSERT")).hasSize(JdbcShareCounts.ADD_ATTEMPTS);
        assertThat(connections.calls).filteredOn("rollback"::equals).hasSize(JdbcShareCounts.ADD_ATTEMPTS);
        assertThat(connections.closed).isEqualTo(connections.opened).isEqualTo(1);
        assertThat(connections.autoCommitAtClose).containsExactly(true);
        connections.insertFailures.clear();
        assertThat(store.between(DAY, DAY.plusDays(1))).containsExactly(count(DAY, GROUP, VIDEO, "old", 10));
    }

    @Test
    void aFailureThatRetryingCannotHelpIsNotRetriedAndUndoesTheWholeBatch() throws SQLException {
        createSchema();
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 10)));
        connections.reset();
        connections.insertFailures.add(() -> new SQLException("simulated disk full", "53100"));

        assertThatThrownBy(() -> store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 1), count(DAY, GROUP, VIDEO, "new", 2))))
                .isInstanceOf(PersistenceException.class)
                .hasMessage("Could not add 2 share counts of 2026-11-25: simulated disk full");

        assertThat(connections.calls).containsExactly("setAutoCommit(false)", "UPDATE executeBatch(2)",
                "INSERT executeBatch(1)", "rollback", "setAutoCommit(true)");
        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "old", 10));
    }

    @Test
    void aDriverThatFailsUncheckedCommitsNothingEither() throws SQLException {
        createSchema();
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 10)));
        connections.reset();
        IllegalStateException bug = new IllegalStateException("simulated driver bug");
        connections.insertFailures.add(() -> bug);

        assertThatThrownBy(() -> store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 1), count(DAY, GROUP, VIDEO, "new", 2))))
                .isSameAs(bug);

        assertThat(connections.calls).containsExactly("setAutoCommit(false)", "UPDATE executeBatch(2)",
                "INSERT executeBatch(1)", "rollback", "setAutoCommit(true)");
        assertThat(connections.autoCommitAtClose).containsExactly(true);
        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "old", 10));
    }

    @Test
    void whenTheDriverDoesNotSayWhichUpdatesFoundARowTheyRunOneByOne() throws SQLException {
        // JDBC lets a driver answer a batch with SUCCESS_NO_INFO.
        createSchema();
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 10)));
        connections.reset();
        connections.updateCountsUnknown = true;

        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 1), count(DAY, GROUP, VIDEO, "new", 2)));
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 1), count(DAY, GROUP, VIDEO, "new", 2)));

        assertThat(connections.calls).containsExactly("setAutoCommit(false)", "UPDATE executeBatch(2)", "rollback",
                "UPDATE executeUpdate", "UPDATE executeUpdate", "INSERT executeBatch(1)", "commit", "setAutoCommit(true)",
                "setAutoCommit(false)", "UPDATE executeUpdate", "UPDATE executeUpdate", "commit", "setAutoCommit(true)");
        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "new", 4), count(DAY, GROUP, VIDEO, "old", 12));
        assertThat(store.batchesUpdates()).isFalse();
    }

    @Test
    void databaseFailuresBecomePersistenceExceptionsNamingTheOperation() {
        SQLException down = new SQLException("connection refused", "08001");
        JdbcShareCounts unreachable = new JdbcShareCounts(() -> {
            throw down;
        });

        assertThatThrownBy(() -> unreachable.addAll(List.of(count(DAY, GROUP, VIDEO, "v", 1))))
                .isInstanceOf(PersistenceException.class).hasCause(down)
                .hasMessage("Could not add 1 share count of 2026-11-25: connection refused");
        assertThatThrownBy(() -> unreachable.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .isInstanceOf(PersistenceException.class).hasCause(down)
                .hasMessage("Could not list the share counts of 2026-11-01 to 2026-11-30: connection refused");
    }

    @Test
    void aMissingTableFailsAtOnceAndLeavesTheConnectionAsItWas() {
        // No schema.
        assertThatThrownBy(() -> store.addAll(List.of(count(DAY, GROUP, VIDEO, "v", 1))))
                .isInstanceOf(PersistenceException.class)
                .hasMessageStartingWith("Could not add 1 share count of 2026-11-25: ")
                .hasCauseInstanceOf(SQLException.class);

        assertThat(connections.opened).isEqualTo(1);
        assertThat(connections.closed).isEqualTo(1);
        assertThat(connections.autoCommitAtClose).containsExactly(true);
    }

    @Test
    void aMalformedDayInTheTableIsAFailure() throws SQLException {
        createSchema();
        try (Connection connection = database.connections().open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO ofSvgShareCount (shareDay, groupJID, kind, itemId, shares) "
                    + "VALUES (20261131, 'g@groups.svgroups.test', 'video', 'v', 1)");
        }

        assertThatThrownBy(() -> store.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(PersistenceException.class)
                .hasMessage("Could not list the share counts of 2026-01-01 to 2026-12-31: Malformed day in ofSvgShareCount: 20261131");
    }

    @Test
    void daysAreStoredAsTheNumberYyyymmdd() throws SQLException {
        assertThat(JdbcShareCounts.dayNumber(LocalDate.of(2026, 11, 25))).isEqualTo(20261125);
        assertThat(JdbcShareCounts.dayNumber(JdbcShareCounts.FIRST_DAY)).isEqualTo(10101);
        assertThat(JdbcShareCounts.dayNumber(JdbcShareCounts.LAST_DAY)).isEqualTo(99991231);
        for (LocalDate day : List.of(JdbcShareCounts.FIRST_DAY, LocalDate.of(2028, 2, 29), JdbcShareCounts.LAST_DAY)) {
            assertThat(JdbcShareCounts.day(JdbcShareCounts.dayNumber(day))).isEqualTo(day);
        }
    }

    private void createSchema() throws SQLException {
        try (Connection connection = database.connections().open()) {
            OpenfireSchemaScripts.createVersionTable(connection);
            OpenfireSchemaScripts.run(connection, OpenfireSchemaScripts.script("hsqldb"), "hsqldb");
        }
    }

    /**
     * Counts connections opened and closed, notes the auto-commit mode each is closed in (a pool would hand it
     * out again so) and the transaction and execution calls, in order; can make batches of inserts fail (after
     * running them, as a database would report a conflict on one row of the batch), and batches of updates
     * answer {@link Statement#SUCCESS_NO_INFO} (after running them).
     */
    private static final class TrackingSource implements ConnectionSource {

        private final ConnectionSource target;
        int opened;
        int closed;
        boolean updateCountsUnknown;
        final Deque<Supplier<Exception>> insertFailures = new ArrayDeque<>();
        final List<Boolean> autoCommitAtClose = new ArrayList<>();
        final List<String> calls = new ArrayList<>();

        TrackingSource(ConnectionSource target) {
            this.target = target;
        }

        void reset() {
            opened = 0;
            closed = 0;
            autoCommitAtClose.clear();
            calls.clear();
        }

        @Override
        public Connection open() throws SQLException {
            Connection real = target.open();
            opened++;
            return proxy(Connection.class, real, (method, args) -> {
                switch (method.getName()) {
                    case "close" -> {
                        closed++;
                        autoCommitAtClose.add(real.getAutoCommit());
                    }
                    case "setAutoCommit" -> calls.add("setAutoCommit(" + args[0] + ")");
                    case "commit", "rollback" -> {
                        if (args == null) {
                            calls.add(method.getName());
                        }
                    }
                    case "prepareStatement" -> {
                        String sql = (String) args[0];
                        PreparedStatement statement = real.prepareStatement(sql);
                        String verb = sql.substring(0, sql.indexOf(' '));
                        int[] batched = new int[1];
                        return proxy(PreparedStatement.class, statement, (call, callArgs) -> {
                            switch (call.getName()) {
                                case "addBatch" -> batched[0]++;
                                case "executeUpdate" -> calls.add(verb + " executeUpdate");
                                case "executeBatch" -> {
                                    calls.add(verb + " executeBatch(" + batched[0] + ")");
                                    batched[0] = 0;
                                    int[] counts = statement.executeBatch();
                                    if (verb.equals("INSERT") && !insertFailures.isEmpty()) {
                                        throw insertFailures.poll().get();
                                    }
                                    if (verb.equals("UPDATE") && updateCountsUnknown) {
                                        Arrays.fill(counts, Statement.SUCCESS_NO_INFO);
                                    }
                                    return counts;
                                }
                                default -> {
                                }
                            }
                            return null;
                        });
                    }
                    default -> {
                    }
                }
                return null;
            });
        }

        /** Calls {@code handler} first; when it returns null, the real method. */
        private static <T> T proxy(Class<T> type, T real, Handler handler) {
            return type.cast(Proxy.newProxyInstance(TrackingSource.class.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> {
                        Object result = handler.handle(method, args);
                        if (result != null) {
                            return result;
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }));
        }

        @FunctionalInterface
        private interface Handler {
            Object handle(Method method, Object[] args) throws Throwable;
        }
    }
}
