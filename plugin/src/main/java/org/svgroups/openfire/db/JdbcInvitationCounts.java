package org.svgroups.openfire.db;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.svgroups.core.stats.InvitationCount;
import org.svgroups.core.stats.InvitationCountStore;

/**
 * Invitation counts in the table {@value #TABLE}, which Openfire creates from the plugin's
 * {@code database/svgroups_<database type>.sql}, or adds to an older schema from {@code database/upgrade/3/}.
 * Plain JDBC with portable SQL; a {@link CounterTable}, like {@link JdbcShareCounts}, with the same guarantees.
 *
 * <p>A row per day and outcome. The day is stored as the number yyyymmdd ({@code countDay}), so days from
 * {@link #FIRST_DAY} to {@link #LAST_DAY} fit. Outcomes match exactly (case-sensitively); one holds at most
 * {@value #MAX_OUTCOME_LENGTH} chars, as {@link String#length()} counts them, and may not be empty (Oracle would
 * store an empty string as NULL). Values that do not fit, and negative increments, are refused here with an
 * {@link IllegalArgumentException}, before the database sees them: {@link #addAll} then writes nothing of the batch.
 *
 * <p>{@link #addAll} adds the whole batch in one transaction ({@code UPDATE ... SET invitations = invitations + ?}
 * of every key, then an {@code INSERT} of the new ones), in {@link #ORDER}, and tries it again, up to
 * {@value #ADD_ATTEMPTS} times, when a concurrent writer of the same new keys gets in its way. Either the whole
 * batch is added or none of it. Database failures become {@link PersistenceException}s whose message names the
 * operation.
 */
public final class JdbcInvitationCounts extends CounterTable<InvitationCount> implements InvitationCountStore {

    public static final String TABLE = "ofSvgInvitationCount";
    public static final int MAX_OUTCOME_LENGTH = 32;
    /** The days a yyyymmdd number holds. */
    public static final LocalDate FIRST_DAY = CounterTable.FIRST_DAY;
    public static final LocalDate LAST_DAY = CounterTable.LAST_DAY;

    /**
     * The order of {@link #between}: by day, then outcome as {@link String#compareTo} orders them; the same on every
     * database, whatever its collation.
     */
    public static final Comparator<InvitationCount> ORDER = Comparator.comparing(InvitationCount::day)
            .thenComparing(InvitationCount::outcome);

    /** How often {@link #addAll} tries a batch when concurrent writers of the same new keys get in each other's way. */
    static final int ADD_ATTEMPTS = 8;

    private static final CounterTable.Layout LAYOUT = new CounterTable.Layout(TABLE, "invitation count", "countDay",
            List.of(new CounterTable.Column("outcome", "outcome", MAX_OUTCOME_LENGTH)), "invitations", "invitations");

    private static final CounterTable.Rows<InvitationCount> ROWS = new CounterTable.Rows<>(InvitationCount::day,
            count -> List.of(count.outcome()), InvitationCount::invitations,
            (day, key, invitations) -> Optional.of(new InvitationCount(day, key.get(0), invitations)));

    public JdbcInvitationCounts(ConnectionSource connections) {
        super(connections, LAYOUT, ORDER, ROWS, ADD_ATTEMPTS);
    }
}
