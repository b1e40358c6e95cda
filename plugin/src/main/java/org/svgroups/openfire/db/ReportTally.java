package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of purged reports and actions in {@value #TABLE} (schema version 6), by UTC day, so that the
 * transparency statistics do not shrink when the retention deletes closed reports. The purge collects what it
 * deletes into a tally and adds it in its own transaction: a report is counted either in the live tables or here,
 * never in both. Two purges adding the same new day at once (only the senior cluster member purges) would see a
 * key conflict; that purge's whole transaction rolls back and the next run deletes the same reports again.
 */
final class ReportTally {

    static final String TABLE = "ofSvgReportTally";
    static final String REASONS = "reason";
    static final String ACTIONS = "action";

    private static final String ADD = "UPDATE " + TABLE + " SET tallyCount = tallyCount + ?"
            + " WHERE tallyDay = ? AND tallySection = ? AND tallyItem = ?";
    private static final String INSERT = "INSERT INTO " + TABLE
            + " (tallyDay, tallySection, tallyItem, tallyCount) VALUES (?, ?, ?, ?)";
    private static final String SUMS = "SELECT tallyItem, SUM(tallyCount) FROM " + TABLE
            + " WHERE tallySection = ? AND tallyDay >= ? AND tallyDay <= ? GROUP BY tallyItem";

    private record Key(long day, String section, String item) {
    }

    /** In key order, so that writers lock rows in the same order. */
    private final Map<Key, Integer> counts = new TreeMap<>(Comparator.comparingLong(Key::day)
            .thenComparing(Key::section).thenComparing(Key::item));

    void count(String section, String item, Instant at) {
        counts.merge(new Key(at.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay(), section, item), 1, Integer::sum);
    }

    /** Adds the tally to the table, in the connection's transaction. */
    void addTo(Connection connection) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(ADD);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Map.Entry<Key, Integer> entry : counts.entrySet()) {
                Key key = entry.getKey();
                add.setInt(1, entry.getValue());
                add.setLong(2, key.day());
                add.setString(3, key.section());
                add.setString(4, key.item());
                if (add.executeUpdate() == 0) {
                    insert.setLong(1, key.day());
                    insert.setString(2, key.section());
                    insert.setString(3, key.item());
                    insert.setInt(4, entry.getValue());
                    insert.executeUpdate();
                }
            }
        }
    }

    /**
     * A count of live rows by item (columns named {@code item} and {@code n}; two parameters) with the purged
     * counts of a section added (three more parameters, bound by {@link #bindPurged}).
     */
    static String withPurged(String liveCounts) {
        return "SELECT item, SUM(n) FROM (" + liveCounts + " UNION ALL " + SUMS + ") counted GROUP BY item";
    }

    /** Binds the purged counts' parameters of a {@link #withPurged} query, from {@code index} on. */
    static void bindPurged(PreparedStatement statement, int index, String section, LocalDate from, LocalDate to)
            throws SQLException {
        statement.setString(index, section);
        statement.setLong(index + 1, from.toEpochDay());
        statement.setLong(index + 2, to.toEpochDay());
    }
}
