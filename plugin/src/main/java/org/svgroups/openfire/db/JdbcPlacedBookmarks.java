package org.svgroups.openfire.db;

import static org.svgroups.openfire.db.JdbcSupport.checkLength;
import static org.svgroups.openfire.db.JdbcSupport.failure;
import static org.svgroups.openfire.db.JdbcSupport.strings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;

import org.svgroups.core.bookmarks.PlacedBookmarks;

/**
 * The group bookmarks svgroups placed, in {@value #TABLE} (schema version 4): a row per user and group. A user's
 * rows are replaced in one transaction; the callers serialise the replacements of one user (a lock per user).
 */
public final class JdbcPlacedBookmarks implements PlacedBookmarks {

    public static final String TABLE = "ofSvgBookmark";
    public static final int MAX_JID_LENGTH = 255;

    private static final String OF_USER = "SELECT groupJID FROM " + TABLE + " WHERE userJID = ?";
    private static final String HOLDERS = "SELECT userJID FROM " + TABLE + " WHERE groupJID = ?";
    private static final String USERS = "SELECT DISTINCT userJID FROM " + TABLE;
    private static final String DELETE_USER = "DELETE FROM " + TABLE + " WHERE userJID = ?";
    private static final String INSERT = "INSERT INTO " + TABLE + " (userJID, groupJID) VALUES (?, ?)";

    private final ConnectionSource connections;

    public JdbcPlacedBookmarks(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public Set<String> groupsOf(String user) {
        return strings(connections, OF_USER, "read the bookmarks placed for " + user, user);
    }

    @Override
    public Set<String> holdersOf(String group) {
        return strings(connections, HOLDERS, "read who has a bookmark of " + group, group);
    }

    @Override
    public Set<String> users() {
        return strings(connections, USERS, "read the users with placed bookmarks");
    }

    @Override
    public void replace(String user, Set<String> groups) {
        checkLength("user", user, MAX_JID_LENGTH);
        groups.forEach(group -> checkLength("group", group, MAX_JID_LENGTH));
        try (Connection connection = connections.open()) {
            JdbcSupport.inTransaction(connection, () -> {
                try (PreparedStatement delete = connection.prepareStatement(DELETE_USER);
                     PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    delete.setString(1, user);
                    delete.executeUpdate();
                    for (String group : groups) {
                        insert.setString(1, user);
                        insert.setString(2, group);
                        insert.addBatch();
                    }
                    return groups.isEmpty() ? new int[0] : insert.executeBatch();
                }
            });
        } catch (SQLException e) {
            throw failure("record the bookmarks placed for " + user, e);
        }
    }

}
