package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.svgroups.core.reports.Suspensions;

/**
 * Suspensions in {@value #TABLE} (schema version 5), one row per user: a new suspension replaces the earlier one
 * (delete and insert in one transaction; two moderators suspending at once: the later commit stands).
 */
public final class JdbcSuspensions implements Suspensions {

    public static final String TABLE = "ofSvgSuspension";
    private static final String SELECT = "SELECT suspendedUntil FROM " + TABLE + " WHERE userJID = ?";
    private static final String DELETE = "DELETE FROM " + TABLE + " WHERE userJID = ?";
    private static final String INSERT = "INSERT INTO " + TABLE + " (userJID, suspendedUntil, reportId) VALUES (?, ?, ?)";
    private static final int ATTEMPTS = 3;

    private final ConnectionSource connections;

    public JdbcSuspensions(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public Optional<Instant> until(String user) {
        JdbcSupport.checkNotEmpty("user", user, JdbcReports.MAX_JID_LENGTH);
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, user);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(Instant.ofEpochMilli(rows.getLong(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw JdbcSupport.failure("read the suspension of " + user, e);
        }
    }

    @Override
    public void suspend(String user, Instant until, long reportId) {
        JdbcSupport.checkNotEmpty("user", user, JdbcReports.MAX_JID_LENGTH);
        long millis = JdbcSupport.millis("until", until);
        String operation = "suspend " + user;
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = connections.open()) {
                try {
                    JdbcSupport.inTransaction(connection, () -> {
                        try (PreparedStatement delete = connection.prepareStatement(DELETE);
                             PreparedStatement insert = connection.prepareStatement(INSERT)) {
                            delete.setString(1, user);
                            delete.executeUpdate();
                            insert.setString(1, user);
                            insert.setLong(2, millis);
                            insert.setLong(3, reportId);
                            return insert.executeUpdate();
                        }
                    });
                    return;
                } catch (SQLException e) {
                    if (!JdbcSupport.isConflict(e) || attempt == ATTEMPTS) {
                        throw e;
                    }
                    JdbcSupport.pauseBeforeRetry(attempt, operation, e);
                }
            } catch (SQLException e) {
                throw JdbcSupport.failure(operation, e);
            }
        }
    }
}
