package org.svgroups.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hsqldb.jdbc.JDBCPool;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.openfire.db.JdbcArchive;

/**
 * Openfire's embedded database (HSQLDB, in memory) with the plugin's real schema and {@value #MESSAGES} archived
 * messages in one group, a message a second, next to {@value #OTHER_GROUPS} other groups of {@value #OTHER_MESSAGES}
 * messages each. Message ids are {@code m<n>}; each stanza is a typical group message (about 400 characters).
 */
@State(Scope.Benchmark)
public class ArchiveDatabase {

    public static final int MESSAGES = 100_000;
    public static final int OTHER_GROUPS = 100;
    public static final int OTHER_MESSAGES = 100;
    public static final String GROUP = "dance@groups.example.org";
    public static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final int BATCH = 5_000;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private JDBCPool pool;
    private JdbcArchive archive;

    @Setup(Level.Trial)
    public void create() throws SQLException {
        pool = new JDBCPool(2);
        pool.setUrl("jdbc:hsqldb:mem:svgroups-archive-" + DATABASES.incrementAndGet());
        pool.setUser("SA");
        pool.setPassword("");
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ofVersion (name VARCHAR(50) NOT NULL, version INTEGER NOT NULL,"
                    + " CONSTRAINT ofVersion_pk PRIMARY KEY (name))");
            for (String sql : ConsoleDatabase.pluginScript()) {
                statement.execute(sql);
            }
        }
        archive = new JdbcArchive(pool::getConnection);
        load(GROUP, MESSAGES);
        for (int g = 0; g < OTHER_GROUPS; g++) {
            load("group" + g + "@groups.example.org", OTHER_MESSAGES);
        }
    }

    private void load(String group, int count) {
        List<ArchivedMessage> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            batch.add(message(group, i));
            if (batch.size() == BATCH) {
                archive.appendAll(batch);
                batch.clear();
            }
        }
        archive.appendAll(batch);
    }

    /** The {@code i}th message of a group: delivered {@code i} seconds after {@link #START}. */
    static ArchivedMessage message(String group, int i) {
        Instant at = START.plusSeconds(i);
        String id = group.equals(GROUP) ? "m" + i : group + "-" + i;
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

    @TearDown(Level.Trial)
    public void close() {
        if (pool != null) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // The in-memory database goes with the JVM anyway.
            }
            pool = null;
        }
    }
}
