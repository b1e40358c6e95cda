package org.svgroups.it.server;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Writes what autosetup cannot into a stopped Openfire's embedded HSQLDB database, through the driver in the
 * server's own {@code lib/}: one-way roster subscriptions and users' birthdates.
 */
final class EmbeddedDatabase {

    /** Openfire's RosterItem.SubType values. */
    private static final int SUB_TO = 1;
    private static final int SUB_FROM = 2;

    private EmbeddedDatabase() {
    }

    static void apply(Path home, ServerSetup setup) throws IOException, SQLException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {hsqldbJar(home).toUri().toURL()},
                     // Not the bootstrap loader (null): java.sql, which the driver needs, is a platform module.
                     ClassLoader.getPlatformClassLoader());
             Connection db = connect(loader, home)) {
            try (PreparedStatement sub = db.prepareStatement("UPDATE ofRoster SET sub = ? WHERE username = ? AND jid = ?")) {
                for (ServerSetup.Follow follow : setup.oneWayFollows()) {
                    update(sub, SUB_TO, follow.follower(), setup.jid(follow.followed()));
                    update(sub, SUB_FROM, follow.followed(), setup.jid(follow.follower()));
                }
            }
            try (PreparedStatement prop = db.prepareStatement(
                    "INSERT INTO ofUserProp (username, name, propValue) VALUES (?, 'svgroups.birthdate', ?)")) {
                for (Map.Entry<String, String> birthdate : setup.birthdates().entrySet()) {
                    prop.setString(1, birthdate.getKey());
                    prop.setString(2, birthdate.getValue());
                    prop.executeUpdate();
                }
            }
            try (Statement shutdown = db.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        }
    }

    private static void update(PreparedStatement sub, int value, String username, String jid) throws SQLException {
        sub.setInt(1, value);
        sub.setString(2, username);
        sub.setString(3, jid);
        if (sub.executeUpdate() != 1) {
            throw new SQLException("No roster item of " + username + " for " + jid);
        }
    }

    private static Connection connect(ClassLoader loader, Path home) throws SQLException {
        try {
            Driver driver = (Driver) Class.forName("org.hsqldb.jdbc.JDBCDriver", true, loader).getDeclaredConstructor().newInstance();
            Properties credentials = new Properties();
            credentials.setProperty("user", "sa");
            credentials.setProperty("password", "");
            return driver.connect("jdbc:hsqldb:" + home.resolve("embedded-db/openfire"), credentials);
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Cannot load HSQLDB from " + home.resolve("lib"), e);
        }
    }

    private static Path hsqldbJar(Path home) throws IOException {
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            return jars.filter(p -> p.getFileName().toString().matches("hsqldb-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IOException("No hsqldb jar in " + home.resolve("lib")));
        }
    }
}
