package org.svgroups.it.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes what autosetup cannot into a stopped Openfire's database (see {@link ServerDatabase}): one-way roster
 * subscriptions, users' birthdates, system properties, bulk users and persistent rooms; and reads it, read-only,
 * for tests that check what the server stored.
 */
final class OpenfireTables {

    /** Openfire's RosterItem.SubType values. */
    private static final int SUB_TO = 1;
    private static final int SUB_FROM = 2;
    /** Openfire's JiveConstants.MUC_ROOM: the ofID sequence room IDs come from. */
    private static final int MUC_ROOM_SEQUENCE = 23;
    private static final int OWNER = 10;
    /** MUCRoom roles moderator, participant and visitor, as MUCPersistenceManager marshals them (1 | 2 | 4). */
    private static final int ALL_ROLES_BROADCAST = 7;
    private static final String ADD_ROOM = "INSERT INTO ofMucRoom (serviceID, roomID, creationDate, modificationDate,"
            + " name, naturalName, description, lockedDate, emptyDate, canChangeSubject, maxUsers, publicRoom, moderated,"
            + " membersOnly, canInvite, roomPassword, canDiscoverJID, logEnabled, retireOnDeletion, preserveHistOnDel,"
            + " subject, rolesToBroadcast, useReservedNick, canChangeNick, canRegister, allowpm, fmucEnabled)"
            + " VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, 0, 0, 0, 0, 1, 0, NULL, 1, 0, 0, 0, '', " + ALL_ROLES_BROADCAST
            + ", 0, 1, 0, 0, 0)";

    private OpenfireTables() {
    }

    static void apply(ServerDatabase database, Path home, ServerSetup setup) throws SQLException {
        try (Connection db = database.open(home, false)) {
            try (PreparedStatement sub = db.prepareStatement("UPDATE ofRoster SET sub = ? WHERE username = ? AND jid = ?")) {
                for (ServerSetup.Follow follow : setup.oneWayFollows()) {
                    update(sub, SUB_TO, follow.follower(), setup.jid(follow.followed()));
                    update(sub, SUB_FROM, follow.followed(), setup.jid(follow.follower()));
                }
            }
            try (PreparedStatement prop = db.prepareStatement(
                    "INSERT INTO ofUserProp (username, name, propValue) VALUES (?, 'svgroups.birthdate', ?)")) {
                for (Map.Entry<String, String> birthdate : setup.birthdates().entrySet()) {
                    prop.setString(1, birthdate.getKey());
                    prop.setString(2, birthdate.getValue());
                    prop.executeUpdate();
                }
            }
            try (PreparedStatement property = db.prepareStatement(
                    "INSERT INTO ofProperty (name, propValue, encrypted) VALUES (?, ?, 0)")) {
                for (Map.Entry<String, String> entry : setup.properties().entrySet()) {
                    property.setString(1, entry.getKey());
                    property.setString(2, entry.getValue());
                    property.executeUpdate();
                }
            }
            addBulkUsers(db, setup.bulkUsers());
            addRooms(db, setup);
            database.release(db);
        }
    }

    private static void addBulkUsers(Connection db, List<String> usernames) throws SQLException {
        if (usernames.isEmpty()) {
            // HSQLDB refuses to execute an empty batch.
            return;
        }
        String now = millis(System.currentTimeMillis());
        try (PreparedStatement user = db.prepareStatement(
                "INSERT INTO ofUser (username, name, creationDate, modificationDate) VALUES (?, ?, ?, ?)")) {
            for (String username : usernames) {
                user.setString(1, username);
                user.setString(2, username);
                user.setString(3, now);
                user.setString(4, now);
                user.addBatch();
            }
            user.executeBatch();
        }
    }

    /** Rooms take IDs from Openfire's own sequence, which is moved past them so that the server never reuses one. */
    private static void addRooms(Connection db, ServerSetup setup) throws SQLException {
        if (setup.rooms().isEmpty()) {
            return;
        }
        Map<String, Long> services = new TreeMap<>();
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT subdomain, serviceID FROM ofMucService")) {
            while (rows.next()) {
                services.put(rows.getString(1), rows.getLong(2));
            }
        }
        long next;
        try (Statement query = db.createStatement();
             ResultSet row = query.executeQuery("SELECT id FROM ofID WHERE idType = " + MUC_ROOM_SEQUENCE)) {
            next = row.next() ? row.getLong(1) : 1;
        }
        String now = millis(System.currentTimeMillis());
        String unlocked = millis(0);
        try (PreparedStatement room = db.prepareStatement(ADD_ROOM);
             PreparedStatement owner = db.prepareStatement(
                     "INSERT INTO ofMucAffiliation (roomID, jid, affiliation) VALUES (?, ?, " + OWNER + ")");
             PreparedStatement member = db.prepareStatement("INSERT INTO ofMucMember (roomID, jid) VALUES (?, ?)")) {
            for (ServerSetup.Room r : setup.rooms()) {
                Long serviceId = services.get(r.service());
                if (serviceId == null) {
                    throw new SQLException("No MUC service '" + r.service() + "' for room " + r.name() + "; there are " + services.keySet());
                }
                long id = next++;
                room.setLong(1, serviceId);
                room.setLong(2, id);
                room.setString(3, now);
                room.setString(4, now);
                room.setString(5, r.name());
                room.setString(6, r.naturalName());
                room.setString(7, unlocked);
                room.setString(8, now);
                room.addBatch();
                owner.setLong(1, id);
                owner.setString(2, setup.jid(r.owner()));
                owner.addBatch();
                for (String m : r.members()) {
                    member.setLong(1, id);
                    member.setString(2, setup.jid(m));
                    member.addBatch();
                }
            }
            room.executeBatch();
            owner.executeBatch();
            member.executeBatch();
        }
        try (PreparedStatement sequence = db.prepareStatement("UPDATE ofID SET id = ? WHERE idType = " + MUC_ROOM_SEQUENCE)) {
            sequence.setLong(1, next);
            if (sequence.executeUpdate() != 1) {
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO ofID (idType, id) VALUES (" + MUC_ROOM_SEQUENCE + ", ?)")) {
                    insert.setLong(1, next);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Openfire's StringUtils.dateToMillis: epoch milliseconds, zero-padded to 15 digits. */
    private static String millis(long epochMillis) {
        return String.format(java.util.Locale.ROOT, "%015d", epochMillis);
    }

    /**
     * Runs one query on the database of a <em>stopped</em> server (a running one holds the embedded database's files
     * locked, and keeps what it has not written yet), read-only, and gives the database back.
     *
     * @return the rows, each a map from column label (case-insensitive) to value, in the query's order
     */
    static List<Map<String, Object>> query(ServerDatabase database, Path home, String sql, Object... parameters)
            throws SQLException {
        try (Connection db = database.open(home, true)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = query.executeQuery()) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            row.put(columns.getColumnLabel(c), result.getObject(c));
                        }
                        rows.add(Collections.unmodifiableMap(row));
                    }
                }
            } finally {
                database.release(db);
            }
            return Collections.unmodifiableList(rows);
        }
    }

    /**
     * Runs statements on the database of a <em>stopped</em> server, in one transaction, and gives the database
     * back: for a test that must put the server's data into a state no client can
     * make (a message archived long ago, say).
     *
     * @param statements each a {@code String} of SQL followed by its parameters
     */
    static void update(ServerDatabase database, Path home, List<Object[]> statements) throws SQLException {
        try (Connection db = database.open(home, false)) {
            try {
                db.setAutoCommit(false);
                for (Object[] statement : statements) {
                    try (PreparedStatement update = db.prepareStatement((String) statement[0])) {
                        for (int i = 1; i < statement.length; i++) {
                            update.setObject(i, statement[i]);
                        }
                        update.executeUpdate();
                    }
                }
                db.commit();
            } finally {
                database.release(db);
            }
        }
    }

    private static void update(PreparedStatement sub, int value, String username, String jid) throws SQLException {
        sub.setInt(1, value);
        sub.setString(2, username);
        sub.setString(3, jid);
        if (sub.executeUpdate() != 1) {
            throw new SQLException("No roster item of " + username + " for " + jid);
        }
    }
}
