package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.svgroups.core.share.ShareCount;
import org.svgroups.core.share.ShareCountStore;
import org.svgroups.core.share.ShareKind;

/**
 * Share counts in the table {@value #TABLE}, which Openfire creates from the plugin's
 * {@code database/svgroups_<database type>.sql} (schema version 2), or adds to a version 1 schema from
 * {@code database/upgrade/2/}. Plain JDBC with portable SQL, like {@link JdbcPendingInvitations}.
 *
 * <p>A row per day, group, kind and item. The day is stored as the number yyyymmdd ({@code shareDay}), so days
 * from {@link #FIRST_DAY} to {@link #LAST_DAY} fit; the kind as {@link ShareKind#xmlValue()}. Groups and item ids
 * match exactly (case-sensitively); a group JID holds at most {@value #MAX_JID_LENGTH} and an item id at most
 * {@value #MAX_ITEM_ID_LENGTH} chars, as {@link String#length()} counts them, and neither may be empty (Oracle would
 * store an empty string as NULL). Values that do not fit are refused here, before the database sees them, the same
 * way on every database: {@link #addAll} then writes nothing of the batch.
 *
 * <p>{@link #addAll} takes one connection and adds the whole batch in one transaction, with two JDBC batches: an
 * {@code UPDATE ... SET shares = shares + ?} of every key, then an {@code INSERT} of the keys no row was found for.
 * Concurrent writers of the same keys (two cluster nodes flushing at once) queue on the rows rather than lose an
 * increment; when two insert the same new key, one gets a primary-key violation (or, on some databases, a
 * deadlock or serialization failure), rolls its whole batch back and tries it again, up to {@value #ADD_ATTEMPTS}
 * times. Keys are written in {@link #ORDER}, the same order on every node, so that writers lock rows in the same
 * order. Either the whole batch is added or none of it, so a caller may hand a failed batch back later without
 * counting anything twice (except when the connection breaks during the commit, when nobody can tell whether it
 * happened).
 *
 * <p>Database failures become {@link PersistenceException}s whose message names the operation.
 */
public final class JdbcShareCounts implements ShareCountStore {

    public static final String TABLE = "ofSvgShareCount";
    public static final int MAX_JID_LENGTH = 255;
    public static final int MAX_ITEM_ID_LENGTH = 64;
    /** The days a yyyymmdd number holds. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * The order of {@link #between}: by day, group, kind ({@link ShareKind}'s order) and item id, strings compared
     * as {@link String#compareTo} does; the same on every database, whatever its collation.
     */
    public static final Comparator<ShareCount> ORDER = Comparator.comparing(ShareCount::day)
            .thenComparing(ShareCount::group).thenComparing(ShareCount::kind).thenComparing(ShareCount::itemId);

    /** How often {@link #addAll} tries a batch when concurrent writers of the same new keys get in each other's way. */
    static final int ADD_ATTEMPTS = 8;

    private static final String UPDATE = "UPDATE " + TABLE
            + " SET shares = shares + ? WHERE shareDay = ? AND groupJID = ? AND kind = ? AND itemId = ?";
    private static final String INSERT = "INSERT INTO " + TABLE
            + " (shareDay, groupJID, kind, itemId, shares) VALUES (?, ?, ?, ?, ?)";
    private static final String BETWEEN = "SELECT shareDay, groupJID, kind, itemId, shares FROM " + TABLE
            + " WHERE shareDay >= ? AND shareDay <= ?";

    private final ConnectionSource connections;

    /**
     * Set when the driver answered a batch of updates without saying which found a row
     * ({@link Statement#SUCCESS_NO_INFO}, which JDBC allows): from then on updates run one by one.
     */
    private volatile boolean updateCountsUnknown;

    public JdbcShareCounts(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /**
     * Adds every increment, in one transaction: increments of the same key are added together first, increments
     * of zero change nothing. Refuses (with an {@link IllegalArgumentException}, without a connection) a batch
     * with a value that does not fit, or a negative increment.
     */
    @Override
    public void addAll(Collection<ShareCount> increments) {
        List<ShareCount> rows = totals(Objects.requireNonNull(increments, "increments"));
        if (rows.isEmpty()) {
            return;
        }
        String operation = "add " + rows.size() + (rows.size() == 1 ? " share count" : " share counts") + " of "
                + days(rows.get(0).day(), rows.get(rows.size() - 1).day());
        try (Connection connection = connections.open()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                addWithRetries(connection, rows, operation);
            } catch (SQLException e) {
                // Rolled back already.
                restoreAutoCommit(connection, autoCommit, false, e);
                throw e;
            } catch (RuntimeException e) {
                // From the driver, or an interrupted pause: nothing of the batch may be committed by restoring
                // auto-commit.
                restoreAutoCommit(connection, autoCommit, true, e);
                throw e;
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * The counts of the days from {@code from} to {@code to}, both included (none when {@code from} is after
     * {@code to}), in {@link #ORDER}. Days outside {@link #FIRST_DAY} to {@link #LAST_DAY} hold no counts, so
     * {@code between(LocalDate.MIN, LocalDate.MAX)} lists them all.
     */
    @Override
    public List<ShareCount> between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        LocalDate first = from.isBefore(FIRST_DAY) ? FIRST_DAY : from;
        LocalDate last = to.isAfter(LAST_DAY) ? LAST_DAY : to;
        if (first.isAfter(last)) {
            return List.of();
        }
        String operation = "list the share counts of " + days(from, to);
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(BETWEEN)) {
            statement.setInt(1, dayNumber(first));
            statement.setInt(2, dayNumber(last));
            List<ShareCount> counts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    // A kind this version does not know (written by a newer plugin on another cluster node) is left out.
                    Optional<ShareKind> kind = ShareKind.fromXmlValue(rows.getString(3));
                    if (kind.isPresent()) {
                        counts.add(new ShareCount(day(rows.getInt(1)), rows.getString(2), kind.get(), rows.getString(4),
                                rows.getLong(5)));
                    }
                }
            }
            counts.sort(ORDER);
            return Collections.unmodifiableList(counts);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit, boolean rollBack, Exception failure) {
        try {
            if (rollBack) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** False once the driver has not counted the rows of batched updates, and updates run one by one. */
    boolean batchesUpdates() {
        return !updateCountsUnknown;
    }

    private void addWithRetries(Connection connection, List<ShareCount> rows, String operation) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                updateOrInsert(connection, rows);
                connection.commit();
                return;
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollingBack) {
                    e.addSuppressed(rollingBack);
                    throw e;
                }
                if (attempt >= ADD_ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                pauseBeforeRetry(attempt, operation, e);
            }
        }
    }

    /** In the connection's transaction: adds to the rows that exist, inserts those that do not. */
    private void updateOrInsert(Connection connection, List<ShareCount> rows) throws SQLException {
        boolean[] found = update(connection, rows);
        List<ShareCount> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!found[i]) {
                missing.add(rows.get(i));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (ShareCount row : missing) {
                insert.setInt(1, dayNumber(row.day()));
                insert.setString(2, row.group());
                insert.setString(3, row.kind().xmlValue());
                insert.setString(4, row.itemId());
                insert.setLong(5, row.shares());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Which rows the update found. A row that exists always changes (increments are positive), so every driver counts it. */
    private boolean[] update(Connection connection, List<ShareCount> rows) throws SQLException {
        boolean[] found = new boolean[rows.size()];
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            if (!updateCountsUnknown) {
                for (ShareCount row : rows) {
                    bindUpdate(update, row);
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                boolean known = counts.length == rows.size();
                for (int i = 0; known && i < counts.length; i++) {
                    known = counts[i] >= 0;
                    found[i] = counts[i] > 0;
                }
                if (known) {
                    return found;
                }
                // The updates ran, but which found a row is unknown: undo them and go one by one.
                connection.rollback();
                updateCountsUnknown = true;
            }
            for (int i = 0; i < rows.size(); i++) {
                bindUpdate(update, rows.get(i));
                found[i] = update.executeUpdate() > 0;
            }
            return found;
        }
    }

    private static void bindUpdate(PreparedStatement update, ShareCount row) throws SQLException {
        update.setLong(1, row.shares());
        update.setInt(2, dayNumber(row.day()));
        update.setString(3, row.group());
        update.setString(4, row.kind().xmlValue());
        update.setString(5, row.itemId());
    }

    /** The increments checked, sorted in {@link #ORDER}, those of the same key added together, zeros left out. */
    private static List<ShareCount> totals(Collection<ShareCount> increments) {
        List<ShareCount> sorted = new ArrayList<>(increments.size());
        for (ShareCount increment : increments) {
            sorted.add(check(Objects.requireNonNull(increment, "increment")));
        }
        sorted.sort(ORDER);
        List<ShareCount> totals = new ArrayList<>(sorted.size());
        ShareCount current = null;
        for (ShareCount increment : sorted) {
            if (current != null && ORDER.compare(current, increment) == 0) {
                long sum;
                try {
                    sum = Math.addExact(current.shares(), increment.shares());
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("The increments of " + describe(increment) + " add up to more than "
                            + Long.MAX_VALUE, e);
                }
                current = new ShareCount(current.day(), current.group(), current.kind(), current.itemId(), sum);
            } else {
                if (current != null && current.shares() > 0) {
                    totals.add(current);
                }
                current = increment;
            }
        }
        if (current != null && current.shares() > 0) {
            totals.add(current);
        }
        return totals;
    }

    private static ShareCount check(ShareCount increment) {
        if (increment.day().isBefore(FIRST_DAY) || increment.day().isAfter(LAST_DAY)) {
            throw new IllegalArgumentException("day is out of range: " + increment.day() + " (" + days(FIRST_DAY, LAST_DAY)
                    + " fit)");
        }
        checkLength("group", increment.group(), MAX_JID_LENGTH);
        checkLength("itemId", increment.itemId(), MAX_ITEM_ID_LENGTH);
        if (increment.shares() < 0) {
            throw new IllegalArgumentException("shares is negative (" + increment.shares() + ") for " + describe(increment));
        }
        return increment;
    }

    private static void checkLength(String field, String value, int max) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long; at most " + max + " fit");
        }
    }

    private static String describe(ShareCount count) {
        return count.kind().xmlValue() + " " + count.itemId() + " in " + count.group() + " on " + count.day();
    }

    private static String days(LocalDate from, LocalDate to) {
        return from.equals(to) ? from.toString() : from + " to " + to;
    }

    /** The day as the number yyyymmdd; for days from {@link #FIRST_DAY} to {@link #LAST_DAY}. */
    static int dayNumber(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    static LocalDate day(int number) throws SQLDataException {
        try {
            return LocalDate.of(number / 10_000, number / 100 % 100, number % 100);
        } catch (DateTimeException e) {
            throw new SQLDataException("Malformed day in " + TABLE + ": " + number, e);
        }
    }

    /**
     * A unique-key violation (SQLState class 23), a deadlock or a serialization failure (class 40), anywhere in
     * the exception's chain (a {@link java.sql.BatchUpdateException} may carry the database's error as its next
     * exception or its cause).
     */
    private static boolean isConflict(SQLException e) {
        for (Throwable t : e) {
            if (t instanceof SQLIntegrityConstraintViolationException || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    private static void pauseBeforeRetry(int attempt, String operation, SQLException conflict) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(operation, conflict);
        }
    }

    private static PersistenceException failure(String operation, SQLException e) {
        return new PersistenceException("Could not " + operation + ": " + e.getMessage(), e);
    }
}
