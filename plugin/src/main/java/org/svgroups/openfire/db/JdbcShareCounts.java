package org.svgroups.openfire.db;

import java.sql.SQLDataException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.svgroups.core.share.ShareCount;
import org.svgroups.core.share.ShareCountStore;
import org.svgroups.core.share.ShareKind;

/**
 * Share counts in the table {@value #TABLE}, which Openfire creates from the plugin's
 * {@code database/svgroups_<database type>.sql}, or adds to a version 1 schema from {@code database/upgrade/2/}.
 * Plain JDBC with portable SQL, like {@link JdbcPendingInvitations}; a {@link CounterTable}.
 *
 * <p>A row per day, group, kind and item. The day is stored as the number yyyymmdd ({@code shareDay}), so days
 * from {@link #FIRST_DAY} to {@link #LAST_DAY} fit; the kind as {@link ShareKind#xmlValue()}. Groups and item ids
 * match exactly (case-sensitively); a group JID holds at most {@value #MAX_JID_LENGTH} and an item id at most
 * {@value #MAX_ITEM_ID_LENGTH} chars, as {@link String#length()} counts them, and neither may be empty (Oracle would
 * store an empty string as NULL). Values that do not fit are refused here, before the database sees them, the same
 * way on every database: {@link #addAll} then writes nothing of the batch.
 *
 * <p>{@link #addAll} (which refuses, with an {@link IllegalArgumentException} and without a connection, a batch with
 * a value that does not fit or a negative increment) takes one connection and adds the whole batch in one transaction, with two JDBC batches: an
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
public final class JdbcShareCounts extends CounterTable<ShareCount> implements ShareCountStore {

    public static final String TABLE = "ofSvgShareCount";
    public static final int MAX_JID_LENGTH = 255;
    public static final int MAX_ITEM_ID_LENGTH = 64;
    /** The days a yyyymmdd number holds. */
    public static final LocalDate FIRST_DAY = CounterTable.FIRST_DAY;
    public static final LocalDate LAST_DAY = CounterTable.LAST_DAY;

    /**
     * The order of {@link #between}: by day, group, kind ({@link ShareKind}'s order) and item id, strings compared
     * as {@link String#compareTo} does; the same on every database, whatever its collation.
     */
    public static final Comparator<ShareCount> ORDER = Comparator.comparing(ShareCount::day)
            .thenComparing(ShareCount::group).thenComparing(ShareCount::kind).thenComparing(ShareCount::itemId);

    /** How often {@link #addAll} tries a batch when concurrent writers of the same new keys get in each other's way. */
    static final int ADD_ATTEMPTS = 8;

    /** The length of the kind column (every {@link ShareKind#xmlValue()} fits). */
    private static final int MAX_KIND_LENGTH = 16;

    private static final CounterTable.Layout LAYOUT = new CounterTable.Layout(TABLE, "share count", "shareDay",
            List.of(new CounterTable.Column("groupJID", "group", MAX_JID_LENGTH),
                    new CounterTable.Column("kind", "kind", MAX_KIND_LENGTH),
                    new CounterTable.Column("itemId", "itemId", MAX_ITEM_ID_LENGTH)),
            "shares", "shares");

    private static final CounterTable.Rows<ShareCount> ROWS = new CounterTable.Rows<>(ShareCount::day,
            count -> List.of(count.group(), count.kind().xmlValue(), count.itemId()), ShareCount::shares,
            // A kind this version does not know (written by a newer plugin on another cluster node) is left out.
            (day, key, shares) -> ShareKind.fromXmlValue(key.get(1))
                    .map(kind -> new ShareCount(day, key.get(0), kind, key.get(2), shares)));

    public JdbcShareCounts(ConnectionSource connections) {
        super(connections, LAYOUT, ORDER, ROWS, ADD_ATTEMPTS);
    }

    /** The day a {@code shareDay} number stands for. */
    static LocalDate day(int number) throws SQLDataException {
        return CounterTable.day(number, TABLE);
    }
}
