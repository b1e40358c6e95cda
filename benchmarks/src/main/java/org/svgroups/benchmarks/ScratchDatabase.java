package org.svgroups.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.dbcp2.BasicDataSource;
import org.hsqldb.jdbc.JDBCPool;
import org.svgroups.openfire.db.ConnectionSource;

/**
 * An empty database with the plugin's real schema for one benchmark trial: Openfire's embedded HSQLDB in memory, or
 * a scratch database made on the PostgreSQL server at 127.0.0.1:5432 (trust authentication, role postgres or root)
 * and dropped by {@link #close()}. The benchmarks read through {@link #reading()}: HSQLDB's pool, or for PostgreSQL
 * a DBCP 2 pool without validation on borrow, as Openfire's default connection provider; {@link #loading()} is for
 * filling it (on PostgreSQL the driver then sends a batch as multi-row inserts).
 */
final class ScratchDatabase implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String POSTGRESQL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String type;
    private final JDBCPool hsqldb;
    private final BasicDataSource postgresql;
    private final String postgresqlUser;
    private final String name;
    private final ConnectionSource loading;

    private ScratchDatabase(String type, JDBCPool hsqldb, BasicDataSource postgresql, String postgresqlUser, String name,
                            ConnectionSource loading) {
        this.type = type;
        this.hsqldb = hsqldb;
        this.postgresql = postgresql;
        this.postgresqlUser = postgresqlUser;
        this.name = name;
        this.loading = loading;
    }

    /**
     * Makes the database and runs the plugin's install script for its type on it.
     *
     * @param type "hsqldb" or "postgresql"
     */
    static ScratchDatabase create(String type) throws SQLException {
        ScratchDatabase database = type.equals("postgresql") ? postgresql() : hsqldb();
        database.fill(d -> {
            try (Connection connection = d.loading.open(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE ofVersion (name VARCHAR(50) NOT NULL, version INTEGER NOT NULL,"
                        + " CONSTRAINT ofVersion_pk PRIMARY KEY (name))");
                for (String sql : ConsoleDatabase.pluginScript(type)) {
                    statement.execute(sql);
                }
            }
        });
        return database;
    }

    private static ScratchDatabase hsqldb() {
        JDBCPool pool = new JDBCPool(2);
        String name = "svgroups-bench-" + DATABASES.incrementAndGet();
        pool.setUrl("jdbc:hsqldb:mem:" + name);
        pool.setUser("SA");
        pool.setPassword("");
        return new ScratchDatabase("hsqldb", pool, null, null, "in memory", pool::getConnection);
    }

    private static ScratchDatabase postgresql() throws SQLException {
        String user = postgresqlUser();
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        String name = "svgroups_bench_" + HexFormat.of().formatHex(random);
        try (Connection admin = DriverManager.getConnection(POSTGRESQL_SERVER + "postgres", user, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = POSTGRESQL_SERVER + name;
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(url);
        pool.setUsername(user);
        pool.setPassword("");
        pool.setTestOnBorrow(false);
        return new ScratchDatabase("postgresql", null, pool, user, name,
                () -> DriverManager.getConnection(url + "?reWriteBatchedInserts=true", user, ""));
    }

    private static String postgresqlUser() throws SQLException {
        SQLException refused = new SQLException("PostgreSQL at 127.0.0.1:5432 lets neither postgres nor root into"
                + " database postgres without a password (trust authentication expected)");
        for (String user : List.of("postgres", "root")) {
            try (Connection ignored = DriverManager.getConnection(POSTGRESQL_SERVER + "postgres", user, "")) {
                return user;
            } catch (SQLException e) {
                refused.addSuppressed(e);
            }
        }
        throw refused;
    }

    /** What a state's setup writes into the database. */
    @FunctionalInterface
    interface Filling {
        void fill(ScratchDatabase database) throws SQLException;
    }

    /**
     * Fills the database; when that fails, drops it before rethrowing, since JMH does not tear down a state whose
     * setup failed and the scratch database would stay.
     */
    void fill(Filling filling) throws SQLException {
        try {
            filling.fill(this);
        } catch (RuntimeException | SQLException e) {
            try {
                close();
            } catch (SQLException dropping) {
                e.addSuppressed(dropping);
            }
            throw e;
        }
    }

    ConnectionSource reading() {
        return hsqldb != null ? hsqldb::getConnection : postgresql::getConnection;
    }

    ConnectionSource loading() {
        return loading;
    }

    /** The PostgreSQL database's name, or "in memory". */
    String name() {
        return name;
    }

    /** On PostgreSQL, {@code VACUUM (ANALYZE)} of the tables, as autovacuum leaves them; nothing on HSQLDB. */
    void vacuum(String... tables) throws SQLException {
        if (postgresql == null) {
            return;
        }
        try (Connection connection = loading.open(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("VACUUM (ANALYZE) " + table);
            }
        }
    }

    /** Shuts HSQLDB down, or closes the pool and drops the PostgreSQL database. */
    @Override
    public void close() throws SQLException {
        if (hsqldb != null) {
            try (Connection connection = hsqldb.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // The in-memory database goes with the JVM anyway.
            }
        }
        if (postgresql != null) {
            postgresql.close();
            try (Connection admin = DriverManager.getConnection(POSTGRESQL_SERVER + "postgres", postgresqlUser, "");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
            }
        }
    }

    String type() {
        return type;
    }
}
