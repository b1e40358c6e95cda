package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** What the plugin's stores do alike: refusing values that do not fit, recognising conflicts, reporting failures. */
final class JdbcSupport {

    private JdbcSupport() {
    }

    /** Work done in one transaction. */
    @FunctionalInterface
    interface Transaction<T> {
        T run() throws SQLException;
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws. The connection goes
     * back to auto-commit either way, as the pool handed it out.
     */
    static <T> T inTransaction(Connection connection, Transaction<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The first column of every row a query finds, given its parameters in order. */
    static Set<String> strings(ConnectionSource connections, String query, String operation, String... parameters) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            Set<String> values = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * A unique-key violation (SQLState class 23), a deadlock or a serialization failure (class 40), anywhere in
     * the exception's chain (a {@link java.sql.BatchUpdateException} may carry the database's error as its next
     * exception or its cause): what another writer of the same rows causes, and trying again can get past.
     */
    static boolean isConflict(SQLException e) {
        for (Throwable t : e) {
            if (t instanceof SQLIntegrityConstraintViolationException || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits a random while, longer after each attempt, so that colliding writers do not collide again; when
     * interrupted, gives up with the conflict (keeping the interrupt).
     */
    static void pauseBeforeRetry(int attempt, String operation, SQLException conflict) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(operation, conflict);
        }
    }

    /** The failure of an operation, as "Could not &lt;operation&gt;: &lt;the driver's message&gt;". */
    static PersistenceException failure(String operation, SQLException e) {
        return new PersistenceException("Could not " + operation + ": " + e.getMessage(), e);
    }

    /** Refuses a value longer than {@code max} chars (as {@link String#length()} counts them); null passes. */
    static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long; at most " + max + " fit");
        }
    }

    /** Refuses an empty value (Oracle would store it as NULL) and one longer than {@code max} chars. */
    static void checkNotEmpty(String field, String value, int max) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty");
        }
        checkLength(field, value, max);
    }

    /** The instant as epoch milliseconds (finer precision dropped); refuses one too far from 1970 for a long. */
    static long millis(String field, Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " is out of range: " + instant, e);
        }
    }
}
