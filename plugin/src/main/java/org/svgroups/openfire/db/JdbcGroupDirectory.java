package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.svgroups.core.share.ShareKind;
import org.svgroups.openfire.admin.GroupDirectory;
import org.svgroups.openfire.admin.GroupRow;

/**
 * The console's view of all groups, read from Openfire's MUC tables ({@code ofMucService}, {@code ofMucRoom},
 * {@code ofMucAffiliation}, {@code ofMucMember}) and the plugin's own ({@code ofSvgGroupActivity},
 * {@code ofSvgShareCount}). A handful of queries without paging syntax, which differs between databases: the
 * groups list reads one light row per group and pages in memory, which stays fast at tens of thousands of groups.
 * Groups are rooms svgroups keeps persistent, so every one of them has its row (the plugin saves a new room at once).
 */
public final class JdbcGroupDirectory implements GroupDirectory {

    /** Openfire's affiliation codes in ofMucAffiliation (members have their own table). */
    private static final int OWNER = 10;
    private static final int ADMIN = 20;

    /** The service's rooms, to join the other tables to (a join, where an IN subquery made HSQLDB slower). */
    private static final String SERVICE_ROOMS =
            " ofMucRoom r, ofMucService s WHERE r.serviceID = s.serviceID AND s.subdomain = ?";
    private static final String ROOMS = "SELECT r.roomID, r.name, r.naturalName, r.creationDate FROM" + SERVICE_ROOMS;
    private static final String OWNERS_AND_ADMINS = "SELECT a.roomID, a.jid, a.affiliation FROM ofMucAffiliation a,"
            + SERVICE_ROOMS + " AND a.roomID = r.roomID AND a.affiliation IN (" + OWNER + ", " + ADMIN + ")";
    private static final String MEMBER_COUNTS = "SELECT m.roomID, COUNT(*) FROM ofMucMember m," + SERVICE_ROOMS
            + " AND m.roomID = r.roomID GROUP BY m.roomID";
    private static final String ACTIVITY = "SELECT groupJID, lastActive FROM ofSvgGroupActivity";
    private static final String SHARE_TOTALS = "SELECT groupJID, SUM(shares) FROM ofSvgShareCount GROUP BY groupJID";
    /** '!' escapes LIKE's wildcards: a backslash means different things to MySQL and the others. */
    private static final String WITH_MEMBER = "SELECT r.name FROM" + SERVICE_ROOMS
            + " AND (r.roomID IN (SELECT roomID FROM ofMucAffiliation WHERE affiliation IN (" + OWNER + ", " + ADMIN + ") AND LOWER(jid) LIKE ? ESCAPE '!')"
            + " OR r.roomID IN (SELECT roomID FROM ofMucMember WHERE LOWER(jid) LIKE ? ESCAPE '!'))";
    private static final String OF_USER = "SELECT r.name FROM" + SERVICE_ROOMS
            + " AND (r.roomID IN (SELECT roomID FROM ofMucAffiliation WHERE affiliation IN (" + OWNER + ", " + ADMIN + ") AND jid = ?)"
            + " OR r.roomID IN (SELECT roomID FROM ofMucMember WHERE jid = ?))";
    private static final String MEMBERSHIPS = "SELECT r.name, a.jid FROM ofMucAffiliation a," + SERVICE_ROOMS
            + " AND a.roomID = r.roomID AND a.affiliation IN (" + OWNER + ", " + ADMIN + ")"
            + " UNION ALL SELECT r.name, m.jid FROM ofMucMember m," + SERVICE_ROOMS + " AND m.roomID = r.roomID";
    private static final String SHARES_OF_GROUP = "SELECT shareDay, kind, itemId, shares FROM ofSvgShareCount"
            + " WHERE groupJID = ? AND shareDay >= ?";
    private static final String SHARES_PER_DAY = "SELECT shareDay, SUM(shares) FROM ofSvgShareCount"
            + " WHERE shareDay >= ? AND shareDay <= ? GROUP BY shareDay";
    private static final String SHARES_PER_ITEM = "SELECT kind, itemId, SUM(shares) FROM ofSvgShareCount"
            + " WHERE shareDay >= ? AND shareDay <= ? GROUP BY kind, itemId";

    private final ConnectionSource connections;
    private final String subdomain;
    private final String serviceDomain;

    /**
     * @param subdomain     the group service's subdomain, as ofMucService holds it ({@code groups})
     * @param serviceDomain the group service's domain ({@code groups.example.org}), for the groups' JIDs
     */
    public JdbcGroupDirectory(ConnectionSource connections, String subdomain, String serviceDomain) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.subdomain = Objects.requireNonNull(subdomain, "subdomain");
        this.serviceDomain = Objects.requireNonNull(serviceDomain, "serviceDomain");
    }

    private record Room(long id, String name, String naturalName, Instant created) {
    }

    @Override
    public List<GroupRow> groups() {
        try (Connection connection = connections.open()) {
            List<Room> rooms = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(ROOMS)) {
                statement.setString(1, subdomain);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rooms.add(new Room(rows.getLong(1), rows.getString(2), rows.getString(3),
                                openfireDate(rows.getString(4))));
                    }
                }
            }
            Map<Long, Integer> counts = new HashMap<>();
            Map<Long, String> owners = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(OWNERS_AND_ADMINS)) {
                statement.setString(1, subdomain);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long room = rows.getLong(1);
                        counts.merge(room, 1, Integer::sum);
                        if (rows.getInt(3) == OWNER) {
                            // The first owner by address, so that the list does not change from one view to the next.
                            owners.merge(room, rows.getString(2), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(MEMBER_COUNTS)) {
                statement.setString(1, subdomain);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.merge(rows.getLong(1), rows.getInt(2), Integer::sum);
                    }
                }
            }
            Map<String, Instant> activity = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(ACTIVITY);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    activity.put(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
                }
            }
            Map<String, Long> shares = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(SHARE_TOTALS);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    shares.put(rows.getString(1), rows.getLong(2));
                }
            }
            List<GroupRow> groups = new ArrayList<>(rooms.size());
            for (Room room : rooms) {
                String jid = room.name() + "@" + serviceDomain;
                // Activity from before the room was created belongs to a dissolved group of the same name. Activity is
                // kept to the minute: in the minute of the creation, the group was active since its creation.
                Instant createdMinute = room.created().truncatedTo(ChronoUnit.MINUTES);
                Instant lastActive = Optional.ofNullable(activity.get(jid)).filter(a -> !a.isBefore(createdMinute))
                        .map(a -> a.isBefore(room.created()) ? room.created() : a).orElse(null);
                String displayName = room.naturalName() == null || room.naturalName().isBlank() ? room.name()
                        : room.naturalName();
                groups.add(new GroupRow(room.name(), jid, displayName, owners.get(room.id()),
                        counts.getOrDefault(room.id(), 0), room.created(), lastActive, shares.getOrDefault(jid, 0L)));
            }
            return groups;
        } catch (SQLException e) {
            throw failure("list the groups", e);
        }
    }

    @Override
    public Set<String> groupsOf(String bareJid) {
        return roomNames(OF_USER, bareJid, "find the groups of " + bareJid);
    }

    @Override
    public Set<String> groupsWithMember(String text) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return roomNames(WITH_MEMBER, pattern, "find the groups of members matching '" + text + "'");
    }

    @Override
    public Map<String, Set<String>> memberships() {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(MEMBERSHIPS)) {
            statement.setString(1, subdomain);
            statement.setString(2, subdomain);
            Map<String, Set<String>> memberships = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String group = rows.getString(1) + "@" + serviceDomain;
                    memberships.computeIfAbsent(group, g -> new HashSet<>()).add(rows.getString(2));
                }
            }
            return memberships;
        } catch (SQLException e) {
            throw failure("list the members of every group", e);
        }
    }

    /** The names of the service's rooms a query with the service and twice the same value finds. */
    private Set<String> roomNames(String query, String value, String operation) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, subdomain);
            statement.setString(2, value);
            statement.setString(3, value);
            Set<String> names = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    @Override
    public List<ItemShares> sharesOf(String groupJid, LocalDate from) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(SHARES_OF_GROUP)) {
            statement.setString(1, groupJid);
            statement.setInt(2, JdbcShareCounts.dayNumber(from));
            List<ItemShares> shares = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Optional<ShareKind> kind = ShareKind.fromXmlValue(rows.getString(2));
                    if (kind.isPresent()) {
                        shares.add(new ItemShares(JdbcShareCounts.day(rows.getInt(1)), kind.get(), rows.getString(3),
                                rows.getLong(4)));
                    }
                }
            }
            shares.sort(Comparator.comparing(ItemShares::day).reversed().thenComparing(ItemShares::shares,
                    Comparator.reverseOrder()).thenComparing(ItemShares::itemId));
            return shares;
        } catch (SQLException e) {
            throw failure("list the shares of " + groupJid, e);
        }
    }

    @Override
    public SortedMap<LocalDate, Long> sharesPerDay(LocalDate from, LocalDate to) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(SHARES_PER_DAY)) {
            statement.setInt(1, JdbcShareCounts.dayNumber(from));
            statement.setInt(2, JdbcShareCounts.dayNumber(to));
            SortedMap<LocalDate, Long> days = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    days.put(JdbcShareCounts.day(rows.getInt(1)), rows.getLong(2));
                }
            }
            return days;
        } catch (SQLException e) {
            throw failure("count the shares per day from " + from + " to " + to, e);
        }
    }

    @Override
    public List<ItemShares> mostShared(LocalDate from, LocalDate to, int limit) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(SHARES_PER_ITEM)) {
            statement.setInt(1, JdbcShareCounts.dayNumber(from));
            statement.setInt(2, JdbcShareCounts.dayNumber(to));
            List<ItemShares> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Optional<ShareKind> kind = ShareKind.fromXmlValue(rows.getString(1));
                    if (kind.isPresent()) {
                        items.add(new ItemShares(null, kind.get(), rows.getString(2), rows.getLong(3)));
                    }
                }
            }
            return items.stream().sorted(Comparator.comparing(ItemShares::shares, Comparator.reverseOrder())
                    .thenComparing(ItemShares::kind).thenComparing(ItemShares::itemId)).limit(limit).toList();
        } catch (SQLException e) {
            throw failure("list the most shared items from " + from + " to " + to, e);
        }
    }

    /** Openfire stores MUC dates as epoch milliseconds in a zero-padded 15-character string. */
    private static Instant openfireDate(String value) throws SQLException {
        try {
            return Instant.ofEpochMilli(Long.parseLong(value.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new SQLDataException("Malformed date in ofMucRoom: " + value, e);
        }
    }

    private static PersistenceException failure(String operation, SQLException e) {
        return new PersistenceException("Could not " + operation + ": " + e.getMessage(), e);
    }
}
