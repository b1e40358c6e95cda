package org.svgroups.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hsqldb.jdbc.JDBCPool;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.svgroups.openfire.db.JdbcGroupDirectory;

/**
 * Openfire's embedded database (HSQLDB, in memory) as the admin console reads it with {@value #GROUPS} groups of
 * {@value #GROUP_SIZE} people (one owner in {@code ofMucAffiliation}, 31 members in {@code ofMucMember}), each with
 * its activity row and a few share counts over the last 30 days, next to {@value #GROUPS} rooms of the same shape on
 * Openfire's ordinary {@code conference} service, which the directory must leave out. The people are
 * {@value #PEOPLE} users of one server ({@code first.last<n>@example.org}), each in about 6 groups and 6 rooms.
 *
 * <p>The MUC tables have the columns the directory reads with Openfire 5.1's types, and Openfire's keys and indexes
 * ({@code openfire_hsqldb.sql}); the plugin's tables come from its real install script
 * ({@code svgroups_hsqldb.sql}, copied into the jar by the build), run as Openfire runs it. Connections come from a
 * pool, as Openfire's do. The data is made from a fixed seed: every run reads the same database.
 *
 * <p>A JMH state: a benchmark's trial setup that takes it as a parameter runs once it is loaded (a few seconds).
 */
@State(Scope.Benchmark)
public class ConsoleDatabase {

    public static final int GROUPS = 10_000;
    public static final int GROUP_SIZE = 32;
    public static final int PEOPLE = 50_000;
    public static final String SUBDOMAIN = "groups";
    public static final String SERVICE_DOMAIN = SUBDOMAIN + ".example.org";
    /** The user the searches look for: emily.clark12@example.org (no other address contains emily.clark12). */
    public static final int SEARCHED = 31_337;
    /** "Now" for the data: groups were created in the year before, active and shared into in the last 30 days. */
    public static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static final String USER_DOMAIN = "example.org";
    private static final long GROUP_SERVICE_ID = 2;
    private static final long CONFERENCE_SERVICE_ID = 1;
    private static final int OWNER = 10;
    private static final int BATCH = 5_000;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static final List<String> MUC_TABLES = List.of(
            "CREATE TABLE ofVersion (name VARCHAR(50) NOT NULL, version INTEGER NOT NULL,"
                    + " CONSTRAINT ofVersion_pk PRIMARY KEY (name))",
            "CREATE TABLE ofMucService (serviceID BIGINT NOT NULL, subdomain VARCHAR(255) NOT NULL,"
                    + " CONSTRAINT ofMucService_pk PRIMARY KEY (subdomain))",
            "CREATE INDEX ofMucService_serviceid_idx ON ofMucService (serviceID)",
            "CREATE TABLE ofMucRoom (serviceID BIGINT NOT NULL, roomID BIGINT NOT NULL, creationDate CHAR(15) NOT NULL,"
                    + " name VARCHAR(50) NOT NULL, naturalName VARCHAR(255) NOT NULL,"
                    + " CONSTRAINT ofMucRoom_pk PRIMARY KEY (serviceID, name))",
            "CREATE INDEX ofMucRoom_roomid_idx ON ofMucRoom (roomID)",
            "CREATE INDEX ofMucRoom_serviceid_idx ON ofMucRoom (serviceID)",
            "CREATE TABLE ofMucAffiliation (roomID BIGINT NOT NULL, jid VARCHAR(1024) NOT NULL,"
                    + " affiliation INTEGER NOT NULL, CONSTRAINT ofMucAffiliation_pk PRIMARY KEY (roomID, jid))",
            "CREATE TABLE ofMucMember (roomID BIGINT NOT NULL, jid VARCHAR(1024) NOT NULL, nickname VARCHAR(255),"
                    + " CONSTRAINT ofMucMember_pk PRIMARY KEY (roomID, jid))");

    private static final List<String> FIRST_NAMES = List.of("olivia", "liam", "emma", "noah", "amelia", "oliver",
            "ava", "elijah", "sophia", "lucas", "mia", "levi", "isabella", "mateo", "evelyn", "ezra", "harper", "luca",
            "luna", "asher", "camila", "james", "gianna", "leo", "elizabeth", "jack", "eleanor", "ethan", "ella",
            "hudson", "abigail", "grayson", "sofia", "henry", "avery", "theo", "scarlett", "kai", "emily", "wyatt",
            "aria", "sebastian", "penelope", "aiden", "chloe", "benjamin", "layla", "elias", "mila", "julian");
    private static final List<String> LAST_NAMES = List.of("smith", "johnson", "williams", "brown", "jones",
            "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson",
            "anderson", "thomas", "taylor", "moore", "jackson", "martin", "lee", "perez", "thompson", "white",
            "harris", "sanchez", "clark", "ramirez", "lewis", "robinson", "walker", "young", "allen", "king", "wright",
            "scott", "torres", "nguyen", "hill", "flores", "green", "adams", "nelson", "baker", "hall", "rivera",
            "campbell", "mitchell", "carter", "roberts");
    private static final List<String> TOPICS = List.of("dance", "skate", "football", "chess", "anime", "guitar",
            "science", "drawing", "gaming", "basketball", "cooking", "photo", "climbing", "theatre", "coding", "choir",
            "surf", "movies", "maths", "travel");
    private static final List<String> KINDS = List.of("video", "product");

    private JDBCPool pool;
    private JdbcGroupDirectory directory;
    private final List<Set<Integer>> groupPeople = new ArrayList<>(GROUPS);
    private final List<Set<Integer>> roomPeople = new ArrayList<>(GROUPS);
    private final List<String> groupNames = new ArrayList<>(GROUPS);

    /** A new database with the schema and all the data, in JDBC batches. */
    @Setup(Level.Trial)
    public void create() throws SQLException {
        pool = new JDBCPool(2);
        pool.setUrl("jdbc:hsqldb:mem:svgroups-console-" + DATABASES.incrementAndGet());
        pool.setUser("SA");
        pool.setPassword("");
        directory = new JdbcGroupDirectory(pool::getConnection, SUBDOMAIN, SERVICE_DOMAIN);
        try {
            createSchema();
            load();
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The real directory on this database, as the plugin makes it. */
    public JdbcGroupDirectory directory() {
        return directory;
    }

    /** A user's bare JID: {@code first.last<n>@example.org}, for 0 to {@value #PEOPLE} - 1. */
    public static String person(int index) {
        return localPart(index) + "@" + USER_DOMAIN;
    }

    private static String localPart(int index) {
        int names = FIRST_NAMES.size() * LAST_NAMES.size();
        return FIRST_NAMES.get(index % FIRST_NAMES.size()) + "." + LAST_NAMES.get(index / FIRST_NAMES.size() % LAST_NAMES.size())
                + (index / names);
    }

    /** The text an admin types to find someone: the local part of a user's address ({@code first.last<n>}). */
    public static String searchFor(int index) {
        return localPart(index);
    }

    /** The names of the groups (not the conference rooms) with someone whose address contains {@code text}. */
    public Set<String> expectedGroupsWithMember(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> names = new HashSet<>();
        for (int group = 0; group < GROUPS; group++) {
            if (groupPeople.get(group).stream().anyMatch(p -> person(p).toLowerCase(Locale.ROOT).contains(lower))) {
                names.add(groupNames.get(group));
            }
        }
        return names;
    }

    /** The names of the groups the user is in. */
    public Set<String> expectedGroupsOf(int person) {
        Set<String> names = new HashSet<>();
        for (int group = 0; group < GROUPS; group++) {
            if (groupPeople.get(group).contains(person)) {
                names.add(groupNames.get(group));
            }
        }
        return names;
    }

    /** How many conference rooms (which must be left out) the user is in. */
    public long roomsOf(int person) {
        return roomPeople.stream().filter(people -> people.contains(person)).count();
    }

    private void createSchema() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : MUC_TABLES) {
                statement.execute(sql);
            }
            for (String sql : pluginScript("hsqldb")) {
                statement.execute(sql);
            }
        }
    }

    /**
     * The plugin's install script for a database type ("hsqldb", "postgresql") cut as Openfire's SchemaManager cuts
     * it: lines joined until one ends with a semicolon, blank and comment lines left out.
     */
    static List<String> pluginScript(String type) {
        String script;
        String name = "svgroups_" + type + ".sql";
        try (InputStream in = ConsoleDatabase.class.getResourceAsStream("database/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the benchmarks jar");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (String line : script.split("\r?\n|\r")) {
            String trimmed = line.trim();
            boolean comment = trimmed.isEmpty() || trimmed.startsWith("//") || trimmed.startsWith("--")
                    || trimmed.startsWith("#") || trimmed.startsWith("REM") || trimmed.startsWith("/*")
                    || trimmed.startsWith("*");
            if (!comment) {
                command.append(' ').append(line);
            }
            if (trimmed.endsWith(";") && command.length() > 0) {
                statements.add(command.toString());
                command.setLength(0);
            }
        }
        return statements;
    }

    private void load() throws SQLException {
        Random random = new Random(20261126L);
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO ofMucService (serviceID, subdomain) VALUES (" + CONFERENCE_SERVICE_ID
                        + ", 'conference')");
                statement.execute("INSERT INTO ofMucService (serviceID, subdomain) VALUES (" + GROUP_SERVICE_ID + ", '"
                        + SUBDOMAIN + "')");
            }
            try (Rows rooms = new Rows(connection,
                    "INSERT INTO ofMucRoom (serviceID, roomID, creationDate, name, naturalName) VALUES (?, ?, ?, ?, ?)");
                 Rows owners = new Rows(connection, "INSERT INTO ofMucAffiliation (roomID, jid, affiliation) VALUES (?, ?, ?)");
                 Rows members = new Rows(connection, "INSERT INTO ofMucMember (roomID, jid, nickname) VALUES (?, ?, ?)");
                 Rows activity = new Rows(connection, "INSERT INTO ofSvgGroupActivity (groupJID, lastActive) VALUES (?, ?)");
                 Rows shares = new Rows(connection,
                         "INSERT INTO ofSvgShareCount (shareDay, groupJID, kind, itemId, shares) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < GROUPS; i++) {
                    long groupId = i + 1L;
                    String topic = TOPICS.get(random.nextInt(TOPICS.size()));
                    String name = topic + "-" + LAST_NAMES.get(random.nextInt(LAST_NAMES.size())) + "-" + i;
                    Instant created = NOW.minus(31 + random.nextInt(335), ChronoUnit.DAYS)
                            .minusSeconds(random.nextInt(86_400));
                    rooms.add(GROUP_SERVICE_ID, groupId, openfireDate(created), name,
                            Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + " crew " + i);
                    Set<Integer> people = people(random);
                    groupPeople.add(people);
                    groupNames.add(name);
                    addPeople(owners, members, groupId, people);

                    String jid = name + "@" + SERVICE_DOMAIN;
                    activity.add(jid, NOW.minusSeconds(random.nextInt(30 * 86_400)).toEpochMilli());
                    Set<String> keys = new HashSet<>();
                    for (int share = 1 + random.nextInt(5); share > 0; share--) {
                        int day = dayNumber(NOW.minus(random.nextInt(30), ChronoUnit.DAYS));
                        String kind = KINDS.get(random.nextInt(KINDS.size()));
                        String item = kind.charAt(0) + Integer.toString(random.nextInt(2_000));
                        if (keys.add(day + kind + item)) {
                            shares.add(day, jid, kind, item, 1L + random.nextInt(20));
                        }
                    }

                    long roomId = GROUPS + groupId;
                    rooms.add(CONFERENCE_SERVICE_ID, roomId, openfireDate(created), "room-" + i, "Room " + i);
                    Set<Integer> roomMembers = people(random);
                    roomPeople.add(roomMembers);
                    addPeople(owners, members, roomId, roomMembers);
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /** {@value #GROUP_SIZE} different people, the owner first. */
    private static Set<Integer> people(Random random) {
        Set<Integer> people = new LinkedHashSet<>();
        while (people.size() < GROUP_SIZE) {
            people.add(random.nextInt(PEOPLE));
        }
        return people;
    }

    private static void addPeople(Rows owners, Rows members, long roomId, Set<Integer> people) throws SQLException {
        boolean first = true;
        for (int person : people) {
            if (first) {
                owners.add(roomId, person(person), OWNER);
                first = false;
            } else {
                members.add(roomId, person(person), localPart(person));
            }
        }
    }

    /** As Openfire stores MUC dates: epoch milliseconds, zero-padded to 15 characters. */
    private static String openfireDate(Instant instant) {
        return String.format("%015d", instant.toEpochMilli());
    }

    /** As the plugin stores days: the number yyyymmdd. */
    private static int dayNumber(Instant instant) {
        LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } finally {
            pool.close(0);
        }
    }

    /** An insert sent in JDBC batches of {@value #BATCH} rows. */
    private static final class Rows implements AutoCloseable {

        private final PreparedStatement insert;
        private int pending;

        Rows(Connection connection, String sql) throws SQLException {
            insert = connection.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (pending > 0) {
                    insert.executeBatch();
                }
            } finally {
                insert.close();
            }
        }
    }
}
