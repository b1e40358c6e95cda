package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svgroups.openfire.db.PendingInvitationsContract.ALICE;
import static org.svgroups.openfire.db.PendingInvitationsContract.BOB;
import static org.svgroups.openfire.db.PendingInvitationsContract.GROUP;
import static org.svgroups.openfire.db.PendingInvitationsContract.T0;
import static org.svgroups.openfire.db.PendingInvitationsContract.invitation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.svgroups.core.invitations.PendingInvitation;

/**
 * How the store treats its connections and failures, on in-memory HSQLDB: what Openfire's pool needs (every
 * connection closed, auto-commit as it was), what callers see when the database fails, and the retry of save.
 */
class JdbcPendingInvitationsTest {

    private final ScratchDatabase database = InMemoryHsqldb.create();
    private final TrackingSource connections = new TrackingSource(database.connections());
    private final JdbcPendingInvitations store = new JdbcPendingInvitations(connections);

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void everyOperationClosesItsConnectionAndLeavesAutoCommitOn() throws SQLException {
        createSchema();
        List<Consumer<JdbcPendingInvitations>> operations = List.of(
                s -> s.save(invitation(GROUP, BOB, ALICE, "hi", 0, 1000)),
                s -> s.save(invitation(GROUP, BOB, ALICE, "again", 0, 1000)),
                s -> s.find(GROUP, BOB), s -> s.receivedBy(BOB), s -> s.sentBy(ALICE), s -> s.forGroup(GROUP),
                s -> s.remove(GROUP, BOB), s -> s.removeGroup(GROUP), s -> s.removeExpired(T0));

        for (Consumer<JdbcPendingInvitations> operation : operations) {
            int before = connections.opened;
            operation.accept(store);
            assertThat(connections.opened).isEqualTo(before + 1);
        }

        assertThat(connections.closed).isEqualTo(connections.opened);
        assertThat(connections.autoCommitAtClose).hasSize(operations.size()).containsOnly(true);
    }

    @Test
    void aFailedSaveClosesItsConnectionAndIsNotRetriedWhenRetryingCannotHelp() {
        // No schema: the table is missing.
        assertThatThrownBy(() -> store.save(invitation(GROUP, BOB, ALICE, null, 0, 1000)))
                .isInstanceOf(PersistenceException.class)
                .hasMessageStartingWith("Could not save the invitation of " + BOB + " to " + GROUP + ": ")
                .hasCauseInstanceOf(SQLException.class);

        assertThat(connections.opened).isEqualTo(1);
        assertThat(connections.closed).isEqualTo(1);
        assertThat(connections.prepared).hasSize(1);
    }

    @Test
    void aSaveThatCollidesWithAnotherWriterTriesAgain() throws SQLException {
        createSchema();
        connections.insertConflictsToSimulate = 2;

        PendingInvitation invitation = invitation(GROUP, BOB, ALICE, "hi", 0, 2000);
        store.save(invitation);

        assertThat(connections.prepared).filteredOn(sql -> sql.startsWith("INSERT")).hasSize(3);
        assertThat(connections.opened).isEqualTo(1);
        assertThat(store.find(GROUP, BOB)).contains(invitation);
    }

    @Test
    void aSaveThatKeepsCollidingGivesUpLeavingNothingBehind() throws SQLException {
        createSchema();
        connections.insertConflictsToSimulate = Integer.MAX_VALUE;

        assertThatThrownBy(() -> store.save(invitation(GROUP, BOB, ALICE, "new", 0, 2000)))
                .isInstanceOf(PersistenceException.class)
                .hasMessage("Could not save the invitation of " + BOB + " to " + GROUP + ": simulated deadlock")
                .cause().isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("40001");

        assertThat(connections.prepared).filteredOn(sql -> sql.startsWith("INSERT")).hasSize(JdbcPendingInvitations.SAVE_ATTEMPTS);
        assertThat(connections.closed).isEqualTo(connections.opened);
        connections.insertConflictsToSimulate = 0;
        assertThat(store.forGroup(GROUP)).isEmpty();
    }

    @Test
    void savingWhatIsStoredSucceedsWhenTheDriverCountsOnlyChangedRows() throws SQLException {
        // MySQL drivers with useAffectedRows=true: an update that changes nothing counts no row.
        createSchema();
        PendingInvitation invitation = invitation(GROUP, BOB, ALICE, "hi", 0, 2000);
        store.save(invitation);
        connections.updatesCountNoRow = true;

        store.save(invitation);
        PendingInvitation changed = invitation(GROUP, BOB, ALICE, "changed", 0, 2000);
        store.save(changed);

        connections.updatesCountNoRow = false;
        assertThat(store.forGroup(GROUP)).containsExactly(changed);
    }

    @Test
    void databaseFailuresBecomePersistenceExceptionsNamingTheOperation() {
        SQLException down = new SQLException("connection refused", "08001");
        JdbcPendingInvitations unreachable = new JdbcPendingInvitations(() -> {
            throw down;
        });

        assertFailure(() -> unreachable.save(invitation(GROUP, BOB, ALICE, null, 0, 1000)),
                "Could not save the invitation of bob@svgroups.test to dance@groups.svgroups.test: connection refused", down);
        assertFailure(() -> unreachable.find(GROUP, BOB),
                "Could not find the invitation of bob@svgroups.test to dance@groups.svgroups.test: connection refused", down);
        assertFailure(() -> unreachable.receivedBy(BOB),
                "Could not list the invitations received by bob@svgroups.test: connection refused", down);
        assertFailure(() -> unreachable.sentBy(ALICE),
                "Could not list the invitations sent by alice@svgroups.test: connection refused", down);
        assertFailure(() -> unreachable.forGroup(GROUP),
                "Could not list the invitations to dance@groups.svgroups.test: connection refused", down);
        assertFailure(() -> unreachable.remove(GROUP, BOB),
                "Could not remove the invitation of bob@svgroups.test to dance@groups.svgroups.test: connection refused", down);
        assertFailure(() -> unreachable.removeGroup(GROUP),
                "Could not remove the invitations to dance@groups.svgroups.test: connection refused", down);
        assertFailure(() -> unreachable.removeExpired(T0),
                "Could not remove the invitations expired at 2026-11-25T10:00:00Z: connection refused", down);
    }

    @Test
    void invalidArgumentsAreRefusedWithoutAConnection() {
        assertThatThrownBy(() -> store.save(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.find(null, BOB)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.receivedBy(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.removeExpired(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.save(new PendingInvitation(GROUP, BOB, ALICE, null, T0, Instant.MAX)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expires");
        assertThatThrownBy(() -> store.removeExpired(Instant.MIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("now");
        assertThatThrownBy(() -> store.save(invitation(GROUP, BOB, ALICE, "x".repeat(1025), 0, 1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reason is 1025 characters long; at most 1024 fit");

        assertThat(connections.opened).isZero();
    }

    private static void assertFailure(Runnable operation, String message, SQLException cause) {
        assertThatThrownBy(operation::run).isInstanceOf(PersistenceException.class).hasMessage(message).hasCause(cause);
    }

    private void createSchema() throws SQLException {
        try (Connection connection = database.connections().open()) {
            OpenfireSchemaScripts.createVersionTable(connection);
            OpenfireSchemaScripts.run(connection, OpenfireSchemaScripts.script("hsqldb"), "hsqldb");
        }
    }

    /**
     * Counts connections opened and closed, notes the auto-commit mode each is closed in (a pool would hand it
     * out again so) and the statements prepared; can make inserts fail as a deadlock would, and updates report no
     * row (after running) as MySQL drivers do with useAffectedRows=true when nothing changed.
     */
    private static final class TrackingSource implements ConnectionSource {

        private final ConnectionSource target;
        int opened;
        int closed;
        int insertConflictsToSimulate;
        boolean updatesCountNoRow;
        final List<Boolean> autoCommitAtClose = new ArrayList<>();
        final List<String> prepared = new ArrayList<>();

        TrackingSource(ConnectionSource target) {
            this.target = target;
        }

        @Override
        public Connection open() throws SQLException {
            Connection real = target.open();
            opened++;
            return proxy(Connection.class, real, (method, args) -> {
                if (method.getName().equals("close")) {
                    closed++;
                    autoCommitAtClose.add(real.getAutoCommit());
                } else if (method.getName().equals("prepareStatement")) {
                    String sql = (String) args[0];
                    prepared.add(sql);
                    if (sql.startsWith("INSERT") && insertConflictsToSimulate > 0) {
                        insertConflictsToSimulate--;
                        throw new SQLException("simulated deadlock", "40001");
                    }
                    if (sql.startsWith("UPDATE") && updatesCountNoRow) {
                        PreparedStatement statement = real.prepareStatement(sql);
                        return proxy(PreparedStatement.class, statement, (call, callArgs) -> {
                            if (!call.getName().equals("executeUpdate")) {
                                return null;
                            }
                            statement.executeUpdate();
                            return 0;
                        });
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
