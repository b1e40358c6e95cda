package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One statement on one connection from the source, for the stores of invite links and join requests: parameters
 * are strings, longs or ints, in order; a query maps each row; database failures name the operation.
 */
final class JdbcStatements {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final ConnectionSource connections;

    JdbcStatements(ConnectionSource connections) {
        this.connections = connections;
    }

    <T> List<T> query(String operation, String sql, Row<T> row, Object... parameters) {
        try (Connection connection = connections.open();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(row.map(rows));
            }
            return Collections.unmodifiableList(found);
        } catch (SQLException e) {
            throw JdbcSupport.failure(operation, e);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
    int update(String operation, String sql, Object... parameters) {
        try (Connection connection = connections.open();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw JdbcSupport.failure(operation, e);
        }
    }

    /** Runs an INSERT; false when it breaks a unique key (the row is there already), instead of failing. */
    boolean insertIfAbsent(String operation, String sql, Object... parameters) {
        try (Connection connection = connections.open();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            if (JdbcSupport.isConflict(e)) {
                return false;
            }
            throw JdbcSupport.failure(operation, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else if (parameter instanceof Integer number) {
                    statement.setInt(i + 1, number);
                } else if (parameter instanceof String text) {
                    statement.setString(i + 1, text);
                } else {
                    throw new IllegalArgumentException("unsupported parameter " + parameter);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
