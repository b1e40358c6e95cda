package org.svgroups.benchmarks;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.openfire.db.ConnectionSource;
import org.svgroups.openfire.db.JdbcArchive;

/**
 * A database with the plugin's real schema and a year of group messages (from {@link #START}), in the order they
 * were delivered, all groups interleaved, as an archive fills: one big group ({@link #GROUP}, {@value #BIG}
 * messages, about one every 5 minutes) among smaller groups that share the rest round-robin. Message ids are
 * {@code m<n>} in the big group, {@code <group>-<n>} in the others; each stanza is a typical group message (about 400
 * characters).
 *
 * <p>{@link Engine#HSQLDB}: Openfire's embedded database in memory, the big group and 100 groups of 100;
 * {@link Engine#HSQLDB_MILLION}: the same database at PostgreSQL's size.
 * {@link Engine#POSTGRESQL}: a scratch database made on the server at 127.0.0.1:5432 (trust authentication, role
 * postgres or root), 1,000,000 messages in 10,000 groups, loaded with batched inserts and then vacuumed and analyzed
 * (as autovacuum leaves an archive); the database is dropped on tear-down. Pages are read through a DBCP 2 pool
 * without validation on borrow, as Openfire's default connection provider reads them.
 */
@State(Scope.Benchmark)
public class ArchiveDatabase {

    public static final int BIG = 100_000;
    public static final String GROUP = "dance@groups.example.org";
    public static final Instant START = Instant.parse("2025-11-01T00:00:00Z");
    public static final Duration SPAN = Duration.ofDays(365);
    private static final int BATCH = 5_000;

    /**
     * The database (its schema script's type), and how many messages in how many groups (the big group included) it
     * is loaded with.
     */
    public enum Engine {
        HSQLDB("hsqldb", 110_000, 101),
        HSQLDB_MILLION("hsqldb", 1_000_000, 10_000),
        POSTGRESQL("postgresql", 1_000_000, 10_000);

        final String type;
        final int messages;
        final int groups;

        Engine(String type, int messages, int groups) {
            this.type = type;
            this.messages = messages;
            this.groups = groups;
        }
    }

    @Param({"HSQLDB", "POSTGRESQL"})
    public Engine engine;

    private ScratchDatabase database;
    private JdbcArchive archive;
    /** When each message of the big group was delivered, by index. */
    private long[] bigSentAt;

    @Setup(Level.Trial)
    public void create() throws SQLException {
        long began = System.nanoTime();
        database = ScratchDatabase.create(engine.type);
        database.fill(d -> {
            load(new JdbcArchive(d.loading()));
            d.vacuum(JdbcArchive.TABLE);
        });
        archive = new JdbcArchive(database.reading());
        System.out.printf("%n%s: %,d messages in %,d groups loaded in %.1f s (database %s)%n", engine, engine.messages,
                engine.groups, (System.nanoTime() - began) / 1e9, database.name());
    }

    /**
     * Message k of the year is delivered at k / messages of the span; it is the big group's when the big group's
     * share of the first k + 1 messages passes a whole message, else the next small group's in turn.
     */
    private void load(JdbcArchive into) {
        bigSentAt = new long[BIG];
        int smallGroups = engine.groups - 1;
        int small = 0;
        List<ArchivedMessage> batch = new ArrayList<>(BATCH);
        for (long k = 0; k < engine.messages; k++) {
            Instant at = START.plusMillis(k * SPAN.toMillis() / engine.messages);
            long big = (k + 1) * BIG / engine.messages;
            if (big > k * BIG / engine.messages) {
                bigSentAt[(int) big - 1] = at.toEpochMilli();
                batch.add(message(GROUP, "m" + (big - 1), (int) big - 1, at));
            } else {
                String group = smallGroup(small % smallGroups);
                batch.add(message(group, group + "-" + small / smallGroups, small, at));
                small++;
            }
            if (batch.size() == BATCH) {
                into.appendAll(batch);
                batch.clear();
            }
        }
        into.appendAll(batch);
    }

    private static String smallGroup(int g) {
        return "group" + g + "@groups.example.org";
    }

    private static ArchivedMessage message(String group, String id, int i, Instant at) {
        String stanza = "<message xmlns=\"jabber:client\" type=\"groupchat\" id=\"c" + i + "\" from=\"" + group + "/nick"
                + (i % 32) + "\"><body>message number " + i + " in the group, about as long as a chat line</body>"
                + "<stanza-id xmlns=\"urn:xmpp:sid:0\" id=\"" + id + "\" by=\"" + group + "\"/>"
                + "<occupant-id xmlns=\"urn:xmpp:occupant-id:0\" id=\"o" + (i % 32) + "\"/>"
                + "<addresses xmlns=\"http://jabber.org/protocol/address\"><address type=\"ofrom\" jid=\"user"
                + (i % 32) + "@example.org/phone\"/></addresses></message>";
        return new ArchivedMessage(group, at.toEpochMilli() * 1000, id, at, "user" + (i % 32) + "@example.org",
                "nick" + (i % 32), stanza);
    }

    public JdbcArchive archive() {
        return archive;
    }

    /** The connections the archive is read through, for other stores on the same database (reports). */
    public ConnectionSource connections() {
        return database.reading();
    }

    /** How many groups the archive has, the big group included. */
    public int groups() {
        return engine.groups;
    }

    /** Small group {@code g} (0 to {@link #groups()} - 2). */
    public static String smallGroupJid(int g) {
        return smallGroup(g);
    }

    /** A small group, of as many messages as most (the last of the round). */
    public String typicalGroup() {
        return smallGroup(engine.groups - 2);
    }

    /** How many messages {@link #typicalGroup()} has. */
    public int typicalMessages() {
        return (engine.messages - BIG) / (engine.groups - 1);
    }

    /** When message {@code i} of the big group was delivered. */
    public Instant bigSentAt(int i) {
        return Instant.ofEpochMilli(bigSentAt[i]);
    }

    /** The index of the big group's last message delivered at or before {@code time}. */
    public int bigLastAtOrBefore(Instant time) {
        int found = Arrays.binarySearch(bigSentAt, time.toEpochMilli());
        return found >= 0 ? found : -found - 2;
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
