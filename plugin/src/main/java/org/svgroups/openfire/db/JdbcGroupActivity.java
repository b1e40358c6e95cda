package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.svgroups.core.stats.GroupActivity;
import org.svgroups.core.stats.GroupActivityStore;

/**
 * The groups' last activity in the table {@value #TABLE}, which Openfire creates from the plugin's
 * {@code database/svgroups_<database type>.sql}, or adds to an older schema from {@code database/upgrade/3/}.
 * Plain JDBC with portable SQL, like {@link JdbcShareCounts}.
 *
 * <p>A row per group: its bare JID and the instant as epoch milliseconds (finer precision is dropped). Groups match
 * exactly (case-sensitively; the caller passes normalised bare JIDs); a group JID may not be empty (Oracle would
 * store an empty string as NULL) and holds at most {@value #MAX_JID_LENGTH} chars, as {@link String#length()}
 * counts them. Values that do not fit are refused with an {@link IllegalArgumentException} before the database sees
 * them, the same way on every database: {@link #recordAll} then writes nothing of the batch.
 *
 * <p>{@link #recordAll} writes the whole batch in one transaction with {@link UpdateOrInsert}: an
 * {@code UPDATE ... SET lastActive = ? WHERE groupJID = ? AND lastActive < ?} of every group, so that a row only
 * ever moves forward, then an {@code INSERT} of the groups that have no row: a group whose row the update left alone
 * has one when it is already as late, or when another writer inserted it since the update looked (then the update
 * runs again for that group). Groups are written in JID order on every node, so that writers lock rows in the same
 * order; when two insert the same new group, one gets a primary-key violation (or a deadlock or serialization
 * failure), rolls its batch back and tries it again, up to {@value #RECORD_ATTEMPTS} times.
 *
 * <p>Database failures become {@link PersistenceException}s whose message names the operation.
 */
public final class JdbcGroupActivity implements GroupActivityStore {

    public static final String TABLE = "ofSvgGroupActivity";
    public static final int MAX_JID_LENGTH = 255;

    /** How often {@link #recordAll} tries a batch when concurrent writers of the same new groups get in each other's way. */
    static final int RECORD_ATTEMPTS = 8;

    private static final String UPDATE = "UPDATE " + TABLE + " SET lastActive = ? WHERE groupJID = ? AND lastActive < ?";
    private static final String INSERT = "INSERT INTO " + TABLE + " (groupJID, lastActive) VALUES (?, ?)";
    private static final String STORED = "SELECT lastActive FROM " + TABLE + " WHERE groupJID = ?";
    private static final String ALL = "SELECT groupJID, lastActive FROM " + TABLE;
    private static final String DELETE = "DELETE FROM " + TABLE + " WHERE groupJID = ?";

    /** A group's row: its JID and epoch milliseconds. */
    private record Row(String group, long lastActive) {
    }

    private final ConnectionSource connections;
    private final UpdateOrInsert<Row> writer;

    public JdbcGroupActivity(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.writer = new UpdateOrInsert<>(connections, RECORD_ATTEMPTS, UPDATE, JdbcGroupActivity::bindUpdate, INSERT,
                (insert, row) -> {
                    insert.setString(1, row.group());
                    insert.setLong(2, row.lastActive());
                }, JdbcGroupActivity::withoutRow);
    }

    /**
     * Records each group's activity, in one transaction, keeping the later instant (to the millisecond) where one is
     * stored already; of several activities of one group in the batch, the latest counts. Refuses (with an
     * {@link IllegalArgumentException}, without a connection) a batch with a group that does not fit, or an
     * instant too far from 1970 for epoch milliseconds in a long.
     */
    @Override
    public void recordAll(Collection<GroupActivity> activities) {
        SortedMap<String, Long> latest = new TreeMap<>();
        for (GroupActivity activity : Objects.requireNonNull(activities, "activities")) {
            Objects.requireNonNull(activity, "activity");
            JdbcSupport.checkNotEmpty("group", activity.group(), MAX_JID_LENGTH);
            latest.merge(activity.group(), JdbcSupport.millis("lastActive", activity.lastActive()), Math::max);
        }
        if (latest.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>(latest.size());
        latest.forEach((group, millis) -> rows.add(new Row(group, millis)));
        writer.writeAll(rows, "record the activity of " + rows.size() + (rows.size() == 1 ? " group" : " groups"));
    }

    /** The last activity of every group that has one, by group JID in {@link String#compareTo} order. */
    @Override
    public Map<String, Instant> all() {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(ALL);
             ResultSet rows = statement.executeQuery()) {
            SortedMap<String, Instant> activity = new TreeMap<>();
            while (rows.next()) {
                activity.put(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
            }
            return Collections.unmodifiableSortedMap(activity);
        } catch (SQLException e) {
            throw JdbcSupport.failure("list the activity of the groups", e);
        }
    }

    /** Forgets a group's activity; nothing when there is none. Refuses a group that could not have any. */
    @Override
    public void remove(String group) {
        Objects.requireNonNull(group, "group");
        JdbcSupport.checkNotEmpty("group", group, MAX_JID_LENGTH);
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(DELETE)) {
            statement.setString(1, group);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw JdbcSupport.failure("remove the activity of " + group, e);
        }
    }

    private static void bindUpdate(PreparedStatement update, Row row) throws SQLException {
        update.setLong(1, row.lastActive());
        update.setString(2, row.group());
        update.setLong(3, row.lastActive());
    }

    /**
     * Of the groups the update left alone, those without a row. A group whose row is as late or later is done. A
     * group whose row is earlier was inserted by another writer after the update looked (on a database where each
     * statement sees what was committed before it, such as PostgreSQL): the update is run again for it, and now
     * finds the row, or a later instant written meanwhile.
     */
    private static List<Row> withoutRow(Connection connection, List<Row> notUpdated) throws SQLException {
        List<Row> missing = new ArrayList<>(notUpdated.size());
        try (PreparedStatement stored = connection.prepareStatement(STORED);
             PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Row row : notUpdated) {
                stored.setString(1, row.group());
                try (ResultSet found = stored.executeQuery()) {
                    if (!found.next()) {
                        missing.add(row);
                    } else if (found.getLong(1) < row.lastActive()) {
                        bindUpdate(update, row);
                        update.executeUpdate();
                    }
                }
            }
        }
        return missing;
    }
}
