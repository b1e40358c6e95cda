package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ObjIntConsumer;

import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.reports.Report;
import org.svgroups.core.reports.ReportAction;
import org.svgroups.core.reports.ReportQuery;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportRules;
import org.svgroups.core.reports.ReportState;
import org.svgroups.core.reports.ReportStore;
import org.svgroups.core.reports.ReportTarget;

/**
 * Reports in {@value #TABLE}, the messages they keep in {@value #CONTEXT} and the actions taken in {@value #ACTIONS}
 * (schema version 5), what the retention purged counted in {@link ReportTally} (version 6). A report and its
 * messages are written in one transaction; the unique index on (reporter,
 * group, target) makes a reporter's repeated report of one thing the same row, even when two arrive at once. A
 * report is open while its {@code closedAt} is 0; closing it and recording the action is one transaction that only
 * an open report passes, so that two moderators cannot both act on it.
 */
public final class JdbcReports implements ReportStore {

    public static final String TABLE = "ofSvgReport";
    public static final String CONTEXT = "ofSvgReportContext";
    public static final String ACTIONS = "ofSvgReportAction";
    public static final int MAX_JID_LENGTH = 255;

    private static final String COLUMNS = "reportId, groupJID, reporterJID, targetKind, targetRef, reportedJID, reason,"
            + " details, seen, involvesMinor, createdAt, closedAt";
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_CONTEXT = "INSERT INTO " + CONTEXT
            + " (reportId, contextOrder, stanzaId, sentAt, senderJID, nickname, stanza) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + TABLE;
    private static final String FIND = SELECT + " WHERE reporterJID = ? AND groupJID = ? AND targetRef = ? AND targetKind = ?";
    private static final String BY_ID = SELECT + " WHERE reportId = ?";
    private static final String CONTEXT_OF = "SELECT r.groupJID, c.stanzaId, c.sentAt, c.senderJID, c.nickname, c.stanza FROM "
            + CONTEXT + " c JOIN " + TABLE + " r ON r.reportId = c.reportId WHERE c.reportId = ? ORDER BY c.contextOrder";
    private static final String ORDER = " ORDER BY involvesMinor DESC, createdAt DESC, reportId DESC";
    private static final String CLOSE = "UPDATE " + TABLE + " SET closedAt = ? WHERE reportId = ? AND closedAt = 0";
    private static final String INSERT_ACTION = "INSERT INTO " + ACTIONS
            + " (reportId, actedAt, actionKind, moderator, grounds, days) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String ACTIONS_OF = "SELECT actionKind, moderator, grounds, days, actedAt FROM " + ACTIONS
            + " WHERE reportId = ? ORDER BY actedAt";
    private static final String CLOSED_BEFORE = "SELECT reportId, reason, createdAt FROM " + TABLE
            + " WHERE closedAt > 0 AND closedAt < ? ORDER BY closedAt";
    private static final String ACTIONS_TO_TALLY = "SELECT actionKind, actedAt FROM " + ACTIONS + " WHERE reportId = ?";
    // One statement each, so that one snapshot sees a purged report either in the live table or in the tally.
    private static final String REASONS = ReportTally.withPurged("SELECT reason AS item, COUNT(*) AS n FROM " + TABLE
            + " WHERE createdAt >= ? AND createdAt < ? GROUP BY reason");
    private static final String ACTIONS_TAKEN = ReportTally.withPurged("SELECT actionKind AS item, COUNT(*) AS n FROM " + ACTIONS
            + " WHERE actedAt >= ? AND actedAt < ? GROUP BY actionKind");

    private final ConnectionSource connections;
    /** Whether this database pages with OFFSET ... FETCH (Oracle, SQL Server) rather than LIMIT ... OFFSET. */
    private volatile Boolean fetchClause;

    public JdbcReports(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public Report addIfAbsent(Report report, List<ArchivedMessage> context) {
        check(report);
        for (ArchivedMessage message : context) {
            JdbcSupport.checkNotEmpty("context id", message.id(), JdbcArchive.MAX_ID_LENGTH);
            JdbcSupport.checkNotEmpty("context sender", message.sender(), MAX_JID_LENGTH);
            JdbcSupport.checkNotEmpty("context nickname", message.nickname(), JdbcArchive.MAX_NICKNAME_LENGTH);
        }
        try (Connection connection = connections.open()) {
            return JdbcSupport.inTransaction(connection, () -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT);
                     PreparedStatement insertContext = connection.prepareStatement(INSERT_CONTEXT)) {
                    bind(insert, report);
                    insert.executeUpdate();
                    for (int i = 0; i < context.size(); i++) {
                        ArchivedMessage message = context.get(i);
                        insertContext.setLong(1, report.id());
                        insertContext.setInt(2, i);
                        insertContext.setString(3, message.id());
                        insertContext.setLong(4, message.sentAt().toEpochMilli());
                        insertContext.setString(5, message.sender());
                        insertContext.setString(6, message.nickname());
                        insertContext.setString(7, message.stanza());
                        insertContext.addBatch();
                    }
                    if (!context.isEmpty()) {
                        insertContext.executeBatch();
                    }
                    return report;
                }
            });
        } catch (SQLException e) {
            if (!JdbcSupport.isConflict(e)) {
                throw JdbcSupport.failure("store a report of " + report.target().ref() + " in " + report.group(), e);
            }
        }
        // The reporter's earlier report of the same thing (or, improbably, a report with the same number).
        return find(report.group(), report.reporter(), report.target()).orElseThrow(() -> new PersistenceException(
                "Could not store report " + report.id() + ": its number is taken", null));
    }

    @Override
    public Optional<Report> find(String group, String reporter, ReportTarget target) {
        if (group.isEmpty() || reporter.isEmpty() || target.ref().length() > MAX_JID_LENGTH) {
            return Optional.empty();
        }
        List<Report> found = reports(FIND, "find a report", statement -> {
            statement.setString(1, reporter);
            statement.setString(2, group);
            statement.setString(3, target.ref());
            statement.setString(4, target.kind().word());
        }, Integer.MAX_VALUE);
        return found.stream().findFirst();
    }

    @Override
    public Optional<Report> report(long id) {
        return reports(BY_ID, "read report " + id, statement -> statement.setLong(1, id), 1)
                .stream().findFirst();
    }

    /** The messages come back with the report's group and order key 0: the copy keeps their order, not their keys. */
    @Override
    public List<ArchivedMessage> context(long id) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(CONTEXT_OF)) {
            statement.setLong(1, id);
            List<ArchivedMessage> messages = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    messages.add(new ArchivedMessage(rows.getString(1), 0, rows.getString(2),
                            Instant.ofEpochMilli(rows.getLong(3)), rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
            return messages;
        } catch (SQLException e) {
            throw JdbcSupport.failure("read the messages of report " + id, e);
        }
    }

    @Override
    public List<Report> queue(ReportQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be 0 or more, limit 1 or more");
        }
        try (Connection connection = connections.open()) {
            boolean fetch = usesFetchClause(connection);
            String sql = SELECT + where(query) + ORDER + (fetch ? " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY" : " LIMIT ? OFFSET ?");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = bindWhere(statement, query);
                statement.setInt(next, fetch ? offset : limit);
                statement.setInt(next + 1, fetch ? limit : offset);
                List<Report> page = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next() && page.size() < limit) {
                        page.add(report(rows));
                    }
                }
                return page;
            }
        } catch (SQLException e) {
            throw JdbcSupport.failure("read the reports", e);
        }
    }

    @Override
    public int count(ReportQuery query) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + TABLE + where(query))) {
            bindWhere(statement, query);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw JdbcSupport.failure("count the reports", e);
        }
    }

    @Override
    public boolean act(ReportAction action) {
        JdbcSupport.checkNotEmpty("moderator", action.moderator(), MAX_JID_LENGTH);
        JdbcSupport.checkLength("statement", action.statement(), ReportRules.MAX_TEXT);
        // 0 means open: an action at the epoch's first millisecond still closes.
        long at = Math.max(1, JdbcSupport.millis("at", action.at()));
        try (Connection connection = connections.open()) {
            return JdbcSupport.inTransaction(connection, () -> {
                try (PreparedStatement close = connection.prepareStatement(CLOSE);
                     PreparedStatement insert = connection.prepareStatement(INSERT_ACTION)) {
                    close.setLong(1, at);
                    close.setLong(2, action.reportId());
                    if (close.executeUpdate() != 1) {
                        // Closed already (or no such report): nothing was changed.
                        return false;
                    }
                    insert.setLong(1, action.reportId());
                    insert.setLong(2, at);
                    insert.setString(3, action.kind().word());
                    insert.setString(4, action.moderator());
                    insert.setString(5, action.statement());
                    insert.setInt(6, action.days());
                    insert.executeUpdate();
                    return true;
                }
            });
        } catch (SQLException e) {
            throw JdbcSupport.failure("record an action on report " + action.reportId(), e);
        }
    }

    @Override
    public List<ReportAction> actions(long id) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(ACTIONS_OF)) {
            statement.setLong(1, id);
            List<ReportAction> actions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    actions.add(new ReportAction(id, ReportAction.Kind.fromWord(rows.getString(1)).orElseThrow(
                            () -> new IllegalStateException("unknown action kind in " + ACTIONS)),
                            rows.getString(2), rows.getString(3), rows.getInt(4), Instant.ofEpochMilli(rows.getLong(5))));
                }
            }
            return actions;
        } catch (SQLException e) {
            throw JdbcSupport.failure("read the actions on report " + id, e);
        }
    }

    @Override
    public int removeClosedBefore(Instant cutoff, int limit) {
        long millis = JdbcSupport.millis("cutoff", cutoff);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        try (Connection connection = connections.open()) {
            List<Long> ids = new ArrayList<>();
            ReportTally tally = new ReportTally();
            try (PreparedStatement statement = connection.prepareStatement(CLOSED_BEFORE)) {
                statement.setLong(1, millis);
                statement.setMaxRows(limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next() && ids.size() < limit) {
                        ids.add(rows.getLong(1));
                        tally.count(ReportTally.REASONS, rows.getString(2), Instant.ofEpochMilli(rows.getLong(3)));
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            return JdbcSupport.inTransaction(connection, () -> {
                // Read in the transaction: an action is counted with the report it is deleted with.
                try (PreparedStatement statement = connection.prepareStatement(ACTIONS_TO_TALLY)) {
                    for (long id : ids) {
                        statement.setLong(1, id);
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                tally.count(ReportTally.ACTIONS, rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
                            }
                        }
                    }
                }
                tally.addTo(connection);
                for (String table : List.of(CONTEXT, ACTIONS, TABLE)) {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE reportId = ?")) {
                        for (long id : ids) {
                            delete.setLong(1, id);
                            delete.addBatch();
                        }
                        delete.executeBatch();
                    }
                }
                return ids.size();
            });
        } catch (SQLException e) {
            throw JdbcSupport.failure("delete reports closed before " + cutoff, e);
        }
    }

    @Override
    public Map<ReportReason, Integer> reasons(LocalDate from, LocalDate to) {
        Map<ReportReason, Integer> counts = new EnumMap<>(ReportReason.class);
        countBy(REASONS, ReportTally.REASONS, from, to,
                (word, n) -> ReportReason.fromWord(word).ifPresent(r -> counts.merge(r, n, Integer::sum)));
        return counts;
    }

    @Override
    public Map<ReportAction.Kind, Integer> actionsTaken(LocalDate from, LocalDate to) {
        Map<ReportAction.Kind, Integer> counts = new EnumMap<>(ReportAction.Kind.class);
        countBy(ACTIONS_TAKEN, ReportTally.ACTIONS, from, to,
                (word, n) -> ReportAction.Kind.fromWord(word).ifPresent(k -> counts.merge(k, n, Integer::sum)));
        return counts;
    }

    private void countBy(String sql, String section, LocalDate from, LocalDate to, ObjIntConsumer<String> each) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            statement.setLong(2, to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            ReportTally.bindPurged(statement, 3, section, from, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    each.accept(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw JdbcSupport.failure("count reports and actions", e);
        }
    }

    private boolean usesFetchClause(Connection connection) throws SQLException {
        Boolean fetch = fetchClause;
        if (fetch == null) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            fetch = product.contains("oracle") || product.contains("microsoft");
            fetchClause = fetch;
        }
        return fetch;
    }

    private static String where(ReportQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.reason() != null) {
            conditions.add("reason = ?");
        }
        if (query.state() != null) {
            conditions.add(query.state() == ReportState.OPEN ? "closedAt = 0" : "closedAt > 0");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the query's parameters; returns the next parameter's index. */
    private static int bindWhere(PreparedStatement statement, ReportQuery query) throws SQLException {
        int next = 1;
        if (query.reason() != null) {
            statement.setString(next++, query.reason().word());
        }
        return next;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Report> reports(String sql, String operation, Binder binder, int max) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<Report> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next() && found.size() < max) {
                    found.add(report(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw JdbcSupport.failure(operation, e);
        }
    }

    private static void check(Report report) {
        if (report.id() <= 0) {
            throw new IllegalArgumentException("a report's number is positive");
        }
        JdbcSupport.checkNotEmpty("group", report.group(), MAX_JID_LENGTH);
        JdbcSupport.checkNotEmpty("reporter", report.reporter(), MAX_JID_LENGTH);
        JdbcSupport.checkNotEmpty("target", report.target().ref(), MAX_JID_LENGTH);
        JdbcSupport.checkNotEmpty("reported", report.reported(), MAX_JID_LENGTH);
        JdbcSupport.checkLength("text", report.text(), ReportRules.MAX_TEXT);
        JdbcSupport.checkLength("seen", report.seen(), ReportRules.MAX_SEEN);
        if (report.state() != ReportState.OPEN) {
            throw new IllegalArgumentException("a new report is open");
        }
        JdbcSupport.millis("created", report.created());
    }

    private static void bind(PreparedStatement insert, Report report) throws SQLException {
        insert.setLong(1, report.id());
        insert.setString(2, report.group());
        insert.setString(3, report.reporter());
        insert.setString(4, report.target().kind().word());
        insert.setString(5, report.target().ref());
        insert.setString(6, report.reported());
        insert.setString(7, report.reason().word());
        setNullable(insert, 8, report.text());
        setNullable(insert, 9, report.seen());
        insert.setInt(10, report.involvesMinor() ? 1 : 0);
        insert.setLong(11, report.created().toEpochMilli());
    }

    /** Oracle stores an empty string as NULL: none is NULL everywhere, and an empty text is none. */
    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static Report report(ResultSet rows) throws SQLException {
        ReportTarget target = new ReportTarget(ReportTarget.Kind.fromWord(rows.getString(4)).orElseThrow(
                () -> new IllegalStateException("unknown target kind in " + TABLE)), rows.getString(5));
        ReportReason reason = ReportReason.fromWord(rows.getString(7)).orElseThrow(
                () -> new IllegalStateException("unknown reason in " + TABLE));
        return new Report(rows.getLong(1), rows.getString(2), rows.getString(3), target, rows.getString(6), reason,
                rows.getString(8), rows.getString(9), rows.getInt(10) == 1, Instant.ofEpochMilli(rows.getLong(11)),
                rows.getLong(12) == 0 ? ReportState.OPEN : ReportState.CLOSED);
    }
}
