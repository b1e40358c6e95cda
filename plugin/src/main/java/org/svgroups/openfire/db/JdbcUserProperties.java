package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * One user property read from Openfire's own table {@value #TABLE}, as Openfire's default property provider keeps
 * it, failing with a {@link PersistenceException} when the database cannot answer. Openfire's {@code User} objects
 * load their properties once and, when that load fails, cache an empty map for as long as the user is cached: read
 * through them, a minor's birthdate would be gone after a database hiccup, and the minor taken for an adult.
 */
public final class JdbcUserProperties {

    public static final String TABLE = "ofUserProp";
    private static final String SELECT = "SELECT propValue FROM " + TABLE + " WHERE username = ? AND name = ?";

    private final ConnectionSource connections;

    public JdbcUserProperties(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /** The property's value, or empty when the user has none (or does not exist). */
    public Optional<String> property(String username, String name) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, username);
            statement.setString(2, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw JdbcSupport.failure("read the " + name + " of " + username, e);
        }
    }
}
