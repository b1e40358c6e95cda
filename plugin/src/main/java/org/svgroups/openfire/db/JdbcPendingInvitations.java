package org.svgroups.openfire.db;

import static org.svgroups.openfire.db.JdbcSupport.checkLength;
import static org.svgroups.openfire.db.JdbcSupport.failure;
import static org.svgroups.openfire.db.JdbcSupport.isConflict;
import static org.svgroups.openfire.db.JdbcSupport.millis;
import static org.svgroups.openfire.db.JdbcSupport.pauseBeforeRetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.invitations.PendingInvitations;

/**
 * Pending invitations in the table {@value #TABLE}, which Openfire creates from the plugin's
 * {@code database/svgroups_<database type>.sql} (schema key {@code svgroups}, version 1). Plain JDBC with portable
 * SQL: it runs on every database Openfire supports that has such a script.
 *
 * <p>Instants are stored as epoch milliseconds (finer precision is dropped). Lists are ordered by creation, then
 * group, then invitee. JIDs match exactly (case-sensitively; the caller passes normalised bare JIDs). A JID holds
 * at most {@value #MAX_JID_LENGTH} and a reason at most {@value #MAX_REASON_LENGTH} chars, as
 * {@link String#length()} counts them (UTF-16 code units, which no database counts more strictly): longer values
 * are refused here, the same way on every database, rather than truncated or refused by the database.
 *
 * <p>Each operation takes one connection from the {@link ConnectionSource} (in auto-commit mode) and closes it. Every
 * write is a single statement that leaves whole rows, so none needs a transaction (see {@link #save}).
 *
 * <p>Database failures become {@link PersistenceException}s whose message names the operation.
 */
public final class JdbcPendingInvitations implements PendingInvitations {

    public static final String TABLE = "ofSvgInvitation";
    public static final int MAX_JID_LENGTH = 255;
    public static final int MAX_REASON_LENGTH = 1024;

    /** How often {@link #save} tries when concurrent writers of the same new invitation get in each other's way. */
    static final int SAVE_ATTEMPTS = 5;

    private static final String COLUMNS = "groupJID, invitee, inviter, reason, created, expires";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + TABLE;
    private static final String ORDER = " ORDER BY created, groupJID, invitee";
    private static final String FIND = SELECT + " WHERE groupJID = ? AND invitee = ?";
    private static final String RECEIVED_BY = SELECT + " WHERE invitee = ?" + ORDER;
    private static final String SENT_BY = SELECT + " WHERE inviter = ?" + ORDER;
    private static final String FOR_GROUP = SELECT + " WHERE groupJID = ?" + ORDER;
    private static final String UPDATE = "UPDATE " + TABLE
            + " SET inviter = ?, reason = ?, created = ?, expires = ? WHERE groupJID = ? AND invitee = ?";
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM " + TABLE + " WHERE groupJID = ? AND invitee = ?";
    private static final String DELETE_GROUP = "DELETE FROM " + TABLE + " WHERE groupJID = ?";
    private static final String DELETE_EXPIRED = "DELETE FROM " + TABLE + " WHERE expires <= ?";

    private final ConnectionSource connections;

    public JdbcPendingInvitations(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /**
     * Updates the invitation's row, or inserts one when there is none: each statement leaves a whole row, so no
     * transaction is needed, and concurrent writers of the same invitation queue on the row instead of failing
     * (a delete and an insert in one transaction would not: two such writers both find nothing to delete, and the
     * second insert breaks the primary key). Only when two writers insert the same new invitation at once does one
     * collide (a primary-key violation, or a deadlock or serialization failure on some databases); it then tries
     * again, up to {@value #SAVE_ATTEMPTS} times, and the last writer wins.
     */
    @Override
    public void save(PendingInvitation invitation) {
        Objects.requireNonNull(invitation, "invitation");
        checkLength("group", invitation.group(), MAX_JID_LENGTH);
        checkLength("invitee", invitation.invitee(), MAX_JID_LENGTH);
        checkLength("inviter", invitation.inviter(), MAX_JID_LENGTH);
        checkLength("reason", invitation.reason(), MAX_REASON_LENGTH);
        PendingInvitation stored = new PendingInvitation(invitation.group(), invitation.invitee(), invitation.inviter(),
                invitation.reason(), Instant.ofEpochMilli(millis("created", invitation.created())),
                Instant.ofEpochMilli(millis("expires", invitation.expires())));
        String operation = "save the invitation of " + invitation.invitee() + " to " + invitation.group();
        try (Connection connection = connections.open()) {
            for (int attempt = 1; ; attempt++) {
                try {
                    updateOrInsert(connection, stored);
                    return;
                } catch (SQLException e) {
                    if (attempt >= SAVE_ATTEMPTS || !isConflict(e)) {
                        throw e;
                    }
                    pauseBeforeRetry(attempt, operation, e);
                }
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    @Override
    public Optional<PendingInvitation> find(String group, String invitee) {
        List<PendingInvitation> found = query("find the invitation of " + invitee + " to " + group, FIND,
                Objects.requireNonNull(group, "group"), Objects.requireNonNull(invitee, "invitee"));
        return found.stream().findFirst();
    }

    @Override
    public List<PendingInvitation> receivedBy(String invitee) {
        return query("list the invitations received by " + invitee, RECEIVED_BY, Objects.requireNonNull(invitee, "invitee"));
    }

    @Override
    public List<PendingInvitation> sentBy(String inviter) {
        return query("list the invitations sent by " + inviter, SENT_BY, Objects.requireNonNull(inviter, "inviter"));
    }

    @Override
    public List<PendingInvitation> forGroup(String group) {
        return query("list the invitations to " + group, FOR_GROUP, Objects.requireNonNull(group, "group"));
    }

    @Override
    public boolean remove(String group, String invitee) {
        return update("remove the invitation of " + invitee + " to " + group, DELETE,
                Objects.requireNonNull(group, "group"), Objects.requireNonNull(invitee, "invitee")) > 0;
    }

    @Override
    public int removeGroup(String group) {
        return update("remove the invitations to " + group, DELETE_GROUP, Objects.requireNonNull(group, "group"));
    }

    @Override
    public int removeExpired(Instant now) {
        return update("remove the invitations expired at " + now, DELETE_EXPIRED, millis("now", Objects.requireNonNull(now, "now")));
    }

    private static void updateOrInsert(Connection connection, PendingInvitation invitation) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setString(1, invitation.inviter());
            setReason(update, 2, invitation.reason());
            update.setLong(3, invitation.created().toEpochMilli());
            update.setLong(4, invitation.expires().toEpochMilli());
            update.setString(5, invitation.group());
            update.setString(6, invitation.invitee());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, invitation.group());
            insert.setString(2, invitation.invitee());
            insert.setString(3, invitation.inviter());
            setReason(insert, 4, invitation.reason());
            insert.setLong(5, invitation.created().toEpochMilli());
            insert.setLong(6, invitation.expires().toEpochMilli());
            insert.executeUpdate();
        } catch (SQLException e) {
            // Either another writer inserted the row since the update found none, or the row is already exactly
            // this one and the update counted no row as changed (MySQL drivers do with useAffectedRows=true).
            if (isConflict(e) && invitation.equals(select(connection, FIND, invitation.group(), invitation.invitee())
                    .stream().findFirst().orElse(null))) {
                return;
            }
            throw e;
        }
    }

    private static void setReason(PreparedStatement statement, int index, String reason) throws SQLException {
        if (reason == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, reason);
        }
    }

    private List<PendingInvitation> query(String operation, String sql, String... parameters) {
        try (Connection connection = connections.open()) {
            return select(connection, sql, parameters);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    private static List<PendingInvitation> select(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<PendingInvitation> invitations = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    invitations.add(new PendingInvitation(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), Instant.ofEpochMilli(rows.getLong(5)), Instant.ofEpochMilli(rows.getLong(6))));
                }
            }
            return Collections.unmodifiableList(invitations);
        }
    }

    private int update(String operation, String sql, Object... parameters) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else {
                    statement.setString(i + 1, (String) parameters[i]);
                }
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }
}
