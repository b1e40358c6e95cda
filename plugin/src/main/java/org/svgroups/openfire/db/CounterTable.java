package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * A store of daily counts in a table, what {@link JdbcShareCounts} and {@link JdbcInvitationCounts} are: a row per
 * day and key (one or more string columns), holding a count that only grows.
 *
 * <p>The day is stored as the number yyyymmdd (an integer column), so days from {@link #FIRST_DAY} to
 * {@link #LAST_DAY} fit. Key values match exactly (case-sensitively); none may be empty (Oracle would store an empty
 * string as NULL) or longer than its column holds, as {@link String#length()} counts chars. Values that do not fit,
 * and negative increments, are refused with an {@link IllegalArgumentException} before the database sees them, the
 * same way on every database: {@link #addAll} then writes nothing of the batch.
 *
 * <p>{@link #addAll} adds the increments of the same key together, leaves zeros out, sorts them in the store's order
 * (the same on every node) and writes them with {@link UpdateOrInsert}: an {@code UPDATE ... SET count = count + ?} of
 * every key, then an {@code INSERT} of the keys no row was found for, in one transaction, tried again when
 * concurrent writers collide. Database failures become {@link PersistenceException}s whose message names the
 * operation.
 *
 * @param <T> a count: a day, a key and a number
 */
abstract class CounterTable<T> {

    /** The days a yyyymmdd number holds. */
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** A string column of the key: its name in SQL, the name of the field it holds (for messages) and its length. */
    record Column(String name, String field, int maxLength) {
    }

    /**
     * The table: its name, what a row is called in messages ("share count"), the day column, the other key
     * columns, and the count column with the name of its field.
     */
    record Layout(String table, String noun, String dayColumn, List<Column> keyColumns, String countColumn,
                  String countField) {
    }

    /** Makes a count from a row's values; empty when the values mean nothing to this version (the row is left out). */
    @FunctionalInterface
    interface Reader<T> {
        Optional<T> read(LocalDate day, List<String> key, long count);
    }

    /** How a count maps onto the table's row: its day, its key values (in column order) and its number. */
    record Rows<T>(Function<T, LocalDate> day, Function<T, List<String>> key, ToLongFunction<T> count, Reader<T> reader) {

        /** The same key with another number. */
        T withCount(T row, long count) {
            return reader.read(day.apply(row), key.apply(row), count).orElseThrow();
        }
    }

    private final Layout layout;
    private final Comparator<T> order;
    private final Rows<T> rows;
    private final ConnectionSource connections;
    private final UpdateOrInsert<T> writer;
    private final String between;

    /**
     * {@code order} sorts by day first, and compares two counts as equal exactly when they have the same day and
     * key; it orders writes (the same on every node) and {@link #between}'s lists.
     */
    CounterTable(ConnectionSource connections, Layout layout, Comparator<T> order, Rows<T> rows, int attempts) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.layout = layout;
        this.order = order;
        this.rows = rows;
        List<String> keyNames = layout.keyColumns().stream().map(Column::name).toList();
        String count = layout.countColumn();
        String update = "UPDATE " + layout.table() + " SET " + count + " = " + count + " + ? WHERE " + layout.dayColumn()
                + " = ?" + keyNames.stream().map(name -> " AND " + name + " = ?").collect(Collectors.joining());
        String columns = layout.dayColumn() + ", " + String.join(", ", keyNames) + ", " + count;
        String insert = "INSERT INTO " + layout.table() + " (" + columns + ") VALUES ("
                + String.join(", ", Collections.nCopies(keyNames.size() + 2, "?")) + ")";
        this.between = "SELECT " + columns + " FROM " + layout.table() + " WHERE " + layout.dayColumn() + " >= ? AND "
                + layout.dayColumn() + " <= ?";
        this.writer = new UpdateOrInsert<>(connections, attempts, update, this::bindUpdate, insert, this::bindInsert, null);
    }

    /**
     * Adds every increment, in one transaction: increments of the same key are added together first, increments
     * of zero change nothing. Refuses (with an {@link IllegalArgumentException}, without a connection) a batch
     * with a value that does not fit, or a negative increment.
     */
    public void addAll(Collection<T> increments) {
        List<T> totals = totals(Objects.requireNonNull(increments, "increments"));
        if (totals.isEmpty()) {
            return;
        }
        writer.writeAll(totals, "add " + totals.size() + " " + layout.noun() + (totals.size() == 1 ? "" : "s") + " of "
                + days(rows.day().apply(totals.get(0)), rows.day().apply(totals.get(totals.size() - 1))));
    }

    /**
     * The counts of the days from {@code from} to {@code to}, both included (none when {@code from} is after
     * {@code to}), in the store's order. Days outside {@link #FIRST_DAY} to {@link #LAST_DAY} hold no counts, so
     * {@code between(LocalDate.MIN, LocalDate.MAX)} lists them all.
     */
    public List<T> between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        LocalDate first = from.isBefore(FIRST_DAY) ? FIRST_DAY : from;
        LocalDate last = to.isAfter(LAST_DAY) ? LAST_DAY : to;
        if (first.isAfter(last)) {
            return List.of();
        }
        int keySize = layout.keyColumns().size();
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(between)) {
            statement.setInt(1, dayNumber(first));
            statement.setInt(2, dayNumber(last));
            List<T> counts = new ArrayList<>();
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    List<String> key = new ArrayList<>(keySize);
                    for (int i = 0; i < keySize; i++) {
                        key.add(found.getString(2 + i));
                    }
                    rows.reader().read(day(found.getInt(1), layout.table()), key, found.getLong(2 + keySize))
                            .ifPresent(counts::add);
                }
            }
            counts.sort(order);
            return Collections.unmodifiableList(counts);
        } catch (SQLException e) {
            throw JdbcSupport.failure("list the " + layout.noun() + "s of " + days(from, to), e);
        }
    }

    /** False once the driver has not counted the rows of batched updates, and updates run one by one. */
    boolean batchesUpdates() {
        return writer.batchesUpdates();
    }

    private void bindUpdate(PreparedStatement update, T row) throws SQLException {
        update.setLong(1, rows.count().applyAsLong(row));
        update.setInt(2, dayNumber(rows.day().apply(row)));
        bindKey(update, 3, row);
    }

    private void bindInsert(PreparedStatement insert, T row) throws SQLException {
        insert.setInt(1, dayNumber(rows.day().apply(row)));
        int next = bindKey(insert, 2, row);
        insert.setLong(next, rows.count().applyAsLong(row));
    }

    /** Sets the key values from parameter {@code first} on; returns the next parameter's index. */
    private int bindKey(PreparedStatement statement, int first, T row) throws SQLException {
        int index = first;
        for (String value : rows.key().apply(row)) {
            statement.setString(index++, value);
        }
        return index;
    }

    /** The increments checked, sorted in the store's order, those of the same key added together, zeros left out. */
    private List<T> totals(Collection<T> increments) {
        List<T> sorted = new ArrayList<>(increments.size());
        for (T increment : increments) {
            sorted.add(check(Objects.requireNonNull(increment, "increment")));
        }
        sorted.sort(order);
        List<T> totals = new ArrayList<>(sorted.size());
        T current = null;
        for (T increment : sorted) {
            if (current != null && order.compare(current, increment) == 0) {
                long sum;
                try {
                    sum = Math.addExact(rows.count().applyAsLong(current), rows.count().applyAsLong(increment));
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("The increments of " + describe(increment) + " add up to more than "
                            + Long.MAX_VALUE, e);
                }
                current = rows.withCount(current, sum);
            } else {
                addIfPositive(totals, current);
                current = increment;
            }
        }
        addIfPositive(totals, current);
        return totals;
    }

    private void addIfPositive(List<T> totals, T count) {
        if (count != null && rows.count().applyAsLong(count) > 0) {
            totals.add(count);
        }
    }

    private T check(T increment) {
        LocalDate day = rows.day().apply(increment);
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException("day is out of range: " + day + " (" + days(FIRST_DAY, LAST_DAY) + " fit)");
        }
        List<String> key = rows.key().apply(increment);
        for (int i = 0; i < key.size(); i++) {
            Column column = layout.keyColumns().get(i);
            JdbcSupport.checkNotEmpty(column.field(), key.get(i), column.maxLength());
        }
        long count = rows.count().applyAsLong(increment);
        if (count < 0) {
            throw new IllegalArgumentException(layout.countField() + " is negative (" + count + ") for " + describe(increment));
        }
        return increment;
    }

    /** For messages: e.g. "group dance@groups.example.com, kind video, itemId v1 on 2026-11-25". */
    private String describe(T count) {
        List<String> key = rows.key().apply(count);
        List<String> fields = new ArrayList<>(key.size());
        for (int i = 0; i < key.size(); i++) {
            fields.add(layout.keyColumns().get(i).field() + " " + key.get(i));
        }
        return String.join(", ", fields) + " on " + rows.day().apply(count);
    }

    static String days(LocalDate from, LocalDate to) {
        return from.equals(to) ? from.toString() : from + " to " + to;
    }

    /** The day as the number yyyymmdd; for days from {@link #FIRST_DAY} to {@link #LAST_DAY}. */
    static int dayNumber(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    /** The day a yyyymmdd number read from {@code table} stands for. */
    static LocalDate day(int number, String table) throws SQLDataException {
        try {
            return LocalDate.of(number / 10_000, number / 100 % 100, number % 100);
        } catch (DateTimeException e) {
            throw new SQLDataException("Malformed day in " + table + ": " + number, e);
        }
    }
}
