package org.svgroups.openfire.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL and MariaDB servers the build tests against (CI starts them: {@code .ci/run}). When one is not
 * reachable its tests fail, saying how to start it, unless {@value #SKIP_PROPERTY}{@code =true} is set: then
 * they are skipped, and say so. Elsewhere than 127.0.0.1:5432 and 127.0.0.1:3306:
 * {@code -Dsvgroups.db.postgresql.host=... -Dsvgroups.db.postgresql.port=...}, and the same with {@code mariadb}.
 */
final class ExternalDatabases {

    static final String SKIP_PROPERTY = "svgroups.db.skip-external";

    static final String POSTGRESQL_HOST = System.getProperty("svgroups.db.postgresql.host", "127.0.0.1");
    static final int POSTGRESQL_PORT = Integer.getInteger("svgroups.db.postgresql.port", 5432);
    /** Trust authentication; the first of these roles that exists is used. */
    static final List<String> POSTGRESQL_USERS = List.of("postgres", "root");
    static final String POSTGRESQL_DATABASE = "test";
    static final String POSTGRESQL_START = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

    static final String MARIADB_HOST = System.getProperty("svgroups.db.mariadb.host", "127.0.0.1");
    static final int MARIADB_PORT = Integer.getInteger("svgroups.db.mariadb.port", 3306);
    static final String MARIADB_USER = "root";
    static final String MARIADB_DATABASE = "test";
    static final String MARIADB_START = "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd";

    private ExternalDatabases() {
    }

    /** A new schema in PostgreSQL's database {@value #POSTGRESQL_DATABASE}; closing drops it. */
    static ScratchDatabase postgresql() throws SQLException {
        requireReachable("PostgreSQL", POSTGRESQL_HOST, POSTGRESQL_PORT, POSTGRESQL_START);
        String base = "jdbc:postgresql://" + POSTGRESQL_HOST + ":" + POSTGRESQL_PORT + "/" + POSTGRESQL_DATABASE
                + "?connectTimeout=10&socketTimeout=60";
        String user = postgresqlUser(base);
        String schema = scratchName();
        try (Connection admin = DriverManager.getConnection(base, user, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String url = base + "&currentSchema=" + schema;
        String description = "PostgreSQL " + POSTGRESQL_HOST + ":" + POSTGRESQL_PORT + " (user " + user + "), schema "
                + POSTGRESQL_DATABASE + "." + schema;
        return scratch(() -> DriverManager.getConnection(url, user, ""), description,
                () -> dropWith(base, user, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /**
     * A new database on the MariaDB server, with the server's default character set (as an Openfire database
     * made without options has) or the one given (e.g. "latin1"), reached with the given extra URL options (e.g.
     * "&useAffectedRows=true"); closing drops it.
     */
    static ScratchDatabase mariadb(String characterSet, String urlOptions) throws SQLException {
        requireReachable("MariaDB", MARIADB_HOST, MARIADB_PORT, MARIADB_START);
        String server = "jdbc:mariadb://" + MARIADB_HOST + ":" + MARIADB_PORT + "/";
        String options = "?connectTimeout=10000&socketTimeout=60000";
        String database = scratchName();
        try (Connection admin = DriverManager.getConnection(server + MARIADB_DATABASE + options, MARIADB_USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database + (characterSet == null ? "" : " CHARACTER SET " + characterSet));
        }
        String url = server + database + options + urlOptions;
        String description = "MariaDB " + MARIADB_HOST + ":" + MARIADB_PORT + " (user " + MARIADB_USER + "), database " + database
                + (characterSet == null ? "" : " (" + characterSet + ")") + (urlOptions.isEmpty() ? "" : ", " + urlOptions);
        return scratch(() -> DriverManager.getConnection(url, MARIADB_USER, ""), description,
                () -> dropWith(server + MARIADB_DATABASE + options, MARIADB_USER, "DROP DATABASE " + database));
    }

    /** Why the tests on {@code product} are skipped, or null when they run. */
    static String skipReason(String product) {
        return Boolean.getBoolean(SKIP_PROPERTY) ? "svgroups " + product + " tests SKIPPED: -D" + SKIP_PROPERTY + "=true" : null;
    }

    private static void requireReachable(String product, String host, int port, String start) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
        } catch (IOException e) {
            throw new AssertionError(product + " is not reachable at " + host + ":" + port + " (" + e.getMessage()
                    + "). Start it (as root) with: " + start + " -- or run .ci/run, which starts it. To run the build "
                    + "without it, pass -D" + SKIP_PROPERTY + "=true (its tests are then skipped).", e);
        }
    }

    private static String postgresqlUser(String url) throws SQLException {
        List<SQLException> refusals = new ArrayList<>();
        for (String user : POSTGRESQL_USERS) {
            try (Connection ignored = DriverManager.getConnection(url, user, "")) {
                return user;
            } catch (SQLException e) {
                refusals.add(e);
            }
        }
        SQLException failure = new SQLException("PostgreSQL at " + POSTGRESQL_HOST + ":" + POSTGRESQL_PORT
                + " answers but lets none of the roles " + POSTGRESQL_USERS + " into database " + POSTGRESQL_DATABASE
                + " without a password (trust authentication expected)");
        refusals.forEach(failure::addSuppressed);
        throw failure;
    }

    private static String scratchName() {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        return "svgroups_test_" + HexFormat.of().formatHex(random);
    }

    private static void dropWith(String url, String user, String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, user, "");
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    @FunctionalInterface
    interface Drop {
        void run() throws SQLException;
    }

    static ScratchDatabase scratch(ConnectionSource connections, String description, Drop drop) {
        return new ScratchDatabase() {
            @Override
            public ConnectionSource connections() {
                return connections;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void close() throws SQLException {
                drop.run();
            }
        };
    }
}
