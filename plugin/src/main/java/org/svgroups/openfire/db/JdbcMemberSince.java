package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.svgroups.core.group.MemberSinceStore;

/**
 * When each person became a member of a group, in the table {@value #TABLE} (schema version 4): a row per group
 * and user (bare JIDs, matched exactly), the moment in epoch milliseconds. {@link #recordIfAbsent} inserts and
 * treats a primary-key violation as "already recorded", so that two nodes recording the same membership at once
 * keep the first. Values that do not fit are refused with an {@link IllegalArgumentException}.
 */
public final class JdbcMemberSince implements MemberSinceStore {

    public static final String TABLE = "ofSvgMemberSince";
    public static final int MAX_JID_LENGTH = 255;

    private static final String SELECT = "SELECT memberSince FROM " + TABLE + " WHERE groupJID = ? AND userJID = ?";
    private static final String INSERT = "INSERT INTO " + TABLE + " (groupJID, userJID, memberSince) VALUES (?, ?, ?)";
    private static final String DELETE = "DELETE FROM " + TABLE + " WHERE groupJID = ? AND userJID = ?";
    private static final String USERS_OF = "SELECT userJID FROM " + TABLE + " WHERE groupJID = ?";
    private static final String GROUPS = "SELECT DISTINCT groupJID FROM " + TABLE;
    private static final String DELETE_GROUP = "DELETE FROM " + TABLE + " WHERE groupJID = ?";

    private final ConnectionSource connections;

    public JdbcMemberSince(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public Optional<Instant> since(String group, String user) {
        check(group, user);
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, group);
            statement.setString(2, user);
            try (ResultSet found = statement.executeQuery()) {
                return found.next() ? Optional.of(Instant.ofEpochMilli(found.getLong(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw JdbcSupport.failure("read when " + user + " joined " + group, e);
        }
    }

    @Override
    public boolean recordIfAbsent(String group, String user, Instant since) {
        check(group, user);
        long millis = JdbcSupport.millis("since", Objects.requireNonNull(since, "since"));
        try (Connection connection = connections.open()) {
            try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
                statement.setString(1, group);
                statement.setString(2, user);
                try (ResultSet found = statement.executeQuery()) {
                    if (found.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, group);
                insert.setString(2, user);
                insert.setLong(3, millis);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (JdbcSupport.isConflict(e)) {
                    // Recorded by another writer since we looked: the first one stands.
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw JdbcSupport.failure("record when " + user + " joined " + group, e);
        }
    }

    @Override
    public Set<String> usersOf(String group) {
        Objects.requireNonNull(group, "group");
        return JdbcSupport.strings(connections, USERS_OF, "read who joined " + group, group);
    }

    @Override
    public Set<String> groups() {
        return JdbcSupport.strings(connections, GROUPS, "read the groups whose members' moments are kept");
    }


    @Override
    public void forget(String group, String user) {
        check(group, user);
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(DELETE)) {
            statement.setString(1, group);
            statement.setString(2, user);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw JdbcSupport.failure("forget when " + user + " joined " + group, e);
        }
    }

    @Override
    public void forgetGroup(String group) {
        Objects.requireNonNull(group, "group");
        JdbcSupport.checkNotEmpty("group", group, MAX_JID_LENGTH);
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(DELETE_GROUP)) {
            statement.setString(1, group);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw JdbcSupport.failure("forget the members of " + group, e);
        }
    }

    private static void check(String group, String user) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(user, "user");
        JdbcSupport.checkNotEmpty("group", group, MAX_JID_LENGTH);
        JdbcSupport.checkNotEmpty("user", user, MAX_JID_LENGTH);
    }
}
