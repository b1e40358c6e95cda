package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a batch of rows into one table in one transaction, with two JDBC batches: an {@code UPDATE} of every row,
 * then an {@code INSERT} of the rows the update found nothing for (less those a filter finds there after all). The
 * machinery of {@link JdbcShareCounts}, {@link JdbcInvitationCounts} (through {@link CounterTable}) and
 * {@link JdbcGroupActivity}.
 *
 * <p>Concurrent writers of the same rows (two cluster nodes flushing at once) queue on the rows; when two insert
 * the same new key, one gets a primary-key violation (or, on some databases, a deadlock or serialization failure),
 * rolls its whole batch back and tries it again, up to the given number of attempts. The caller hands the rows in
 * the same order on every node, so that writers lock rows in the same order. Either the whole batch is written or
 * none of it (except when the connection breaks during the commit, when nobody can tell whether it happened).
 *
 * <p>The update must change every row it matches: drivers told to count changed rather than matched rows (MySQL
 * Connector/J and MariaDB Connector/J with {@code useAffectedRows=true}) then still count it.
 *
 * @param <T> a row
 */
final class UpdateOrInsert<T> {

    /** Sets a statement's parameters to a row's values. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** Of the rows the update did not find, those to insert; in the connection's transaction. */
    @FunctionalInterface
    interface Missing<T> {
        List<T> toInsert(Connection connection, List<T> notUpdated) throws SQLException;
    }

    private final ConnectionSource connections;
    private final int attempts;
    private final String update;
    private final Binder<T> bindUpdate;
    private final String insert;
    private final Binder<T> bindInsert;
    private final Missing<T> missing;

    /**
     * Set when the driver answered a batch of updates without saying which found a row
     * ({@link Statement#SUCCESS_NO_INFO}, which JDBC allows): from then on updates run one by one.
     */
    private volatile boolean updateCountsUnknown;

    /** With {@code missing} null, every row the update did not find is inserted. */
    UpdateOrInsert(ConnectionSource connections, int attempts, String update, Binder<T> bindUpdate, String insert,
                   Binder<T> bindInsert, Missing<T> missing) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.attempts = attempts;
        this.update = update;
        this.bindUpdate = bindUpdate;
        this.insert = insert;
        this.bindInsert = bindInsert;
        this.missing = missing == null ? (connection, notUpdated) -> notUpdated : missing;
    }

    /**
     * Writes the rows (at least one) with one connection, in one transaction, and leaves the connection in the
     * auto-commit mode it came in. Database failures become {@link PersistenceException}s naming the operation.
     */
    void writeAll(List<T> rows, String operation) {
        try (Connection connection = connections.open()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                writeWithRetries(connection, rows, operation);
            } catch (SQLException e) {
                // Rolled back already.
                restoreAutoCommit(connection, autoCommit, false, e);
                throw e;
            } catch (RuntimeException e) {
                // From the driver, or an interrupted pause: nothing of the batch may be committed by restoring
                // auto-commit.
                restoreAutoCommit(connection, autoCommit, true, e);
                throw e;
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw JdbcSupport.failure(operation, e);
        }
    }

    /** False once the driver has not counted the rows of batched updates, and updates run one by one. */
    boolean batchesUpdates() {
        return !updateCountsUnknown;
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit, boolean rollBack, Exception failure) {
        try {
            if (rollBack) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void writeWithRetries(Connection connection, List<T> rows, String operation) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                updateOrInsert(connection, rows);
                connection.commit();
                return;
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollingBack) {
                    e.addSuppressed(rollingBack);
                    throw e;
                }
                if (attempt >= attempts || !JdbcSupport.isConflict(e)) {
                    throw e;
                }
                JdbcSupport.pauseBeforeRetry(attempt, operation, e);
            }
        }
    }

    /** In the connection's transaction: updates the rows that exist, inserts those that do not. */
    private void updateOrInsert(Connection connection, List<T> rows) throws SQLException {
        boolean[] found = update(connection, rows);
        List<T> notUpdated = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!found[i]) {
                notUpdated.add(rows.get(i));
            }
        }
        if (notUpdated.isEmpty()) {
            return;
        }
        List<T> inserted = missing.toInsert(connection, notUpdated);
        if (inserted.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (T row : inserted) {
                bindInsert.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Which rows the update found. */
    private boolean[] update(Connection connection, List<T> rows) throws SQLException {
        boolean[] found = new boolean[rows.size()];
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            if (!updateCountsUnknown) {
                for (T row : rows) {
                    bindUpdate.bind(statement, row);
                    statement.addBatch();
                }
                int[] counts = statement.executeBatch();
                boolean known = counts.length == rows.size();
                for (int i = 0; known && i < counts.length; i++) {
                    known = counts[i] >= 0;
                    found[i] = counts[i] > 0;
                }
                if (known) {
                    return found;
                }
                // The updates ran, but which found a row is unknown: undo them and go one by one.
                connection.rollback();
                updateCountsUnknown = true;
            }
            for (int i = 0; i < rows.size(); i++) {
                bindUpdate.bind(statement, rows.get(i));
                found[i] = statement.executeUpdate() > 0;
            }
            return found;
        }
    }
}
