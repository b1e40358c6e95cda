package org.svgroups.it.server;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where a scratch Openfire keeps its data: its embedded HSQLDB in the home (the default), or a scratch database
 * made for the run on the machine's PostgreSQL (127.0.0.1:5432, user {@code postgres}, trust authentication) or
 * MariaDB (127.0.0.1:3306, user {@code root} without a password; through MariaDB Connector/J, or MySQL
 * Connector/J as an Openfire on MySQL would connect), which {@link #close()} drops. Openfire creates
 * its own tables there on first start, as its setup does. The JDBC drivers are the ones in Openfire's own
 * {@code lib/}, so that the harness needs nothing but the JDK.
 */
public final class ServerDatabase implements AutoCloseable {

    /** The database engines the harness can run Openfire on. */
    public enum Kind {
        EMBEDDED("hsqldb-", "org.hsqldb.jdbc.JDBCDriver"),
        POSTGRESQL("postgresql-", "org.postgresql.Driver"),
        MARIADB("mariadb-java-client-", "org.mariadb.jdbc.Driver"),
        /** The same MariaDB server through MySQL Connector/J, which Openfire takes for MySQL. */
        MYSQL("mysql-connector-j-", "com.mysql.cj.jdbc.Driver");

        private final String jarPrefix;
        private final String driverClass;

        Kind(String jarPrefix, String driverClass) {
            this.jarPrefix = jarPrefix;
            this.driverClass = driverClass;
        }

        /** The name the {@code openfire.database} parameter takes. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code embedded} (also {@code hsqldb}), {@code postgresql}, {@code mariadb} or {@code mysql}; nothing else. */
        public static Kind fromParameter(String value) {
            String name = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals("hsqldb")) {
                return EMBEDDED;
            }
            for (Kind kind : values()) {
                if (kind.parameter().equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown database '" + value
                    + "': use embedded (the default), postgresql, mariadb or mysql");
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Kind kind;
    /** The scratch database's name; null for the embedded one. */
    private final String name;
    private final URLClassLoader drivers;
    private final Driver driver;
    /** Where Openfire connects, when not straight to the server (a {@link DatabaseProxy}). */
    private volatile String openfireWhere;
    private boolean dropped;

    private ServerDatabase(Kind kind, String name, URLClassLoader drivers, Driver driver) {
        this.kind = kind;
        this.name = name;
        this.drivers = drivers;
        this.driver = driver;
    }

    /**
     * The database of one server: for {@link Kind#EMBEDDED} nothing is made (Openfire makes it in its home); for the
     * others an empty scratch database named {@code <prefix>_<UTC time>_<process id>} is created now.
     *
     * @param openfireLib the {@code lib/} folder of the Openfire distribution, whose JDBC drivers are used
     */
    public static ServerDatabase create(Kind kind, String prefix, Path openfireLib) throws IOException, SQLException {
        URLClassLoader drivers = driverLoader(kind, openfireLib);
        Driver driver;
        try {
            driver = (Driver) Class.forName(kind.driverClass, true, drivers).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            drivers.close();
            throw new SQLException("Cannot load " + kind.driverClass + " from " + openfireLib, e);
        }
        if (kind == Kind.EMBEDDED) {
            return new ServerDatabase(kind, null, drivers, driver);
        }
        String name = prefix + "_" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + ProcessHandle.current().pid();
        ServerDatabase database = new ServerDatabase(kind, name, drivers, driver);
        try (Connection admin = database.connect(database.adminUrl());
             Statement create = admin.createStatement()) {
            create.execute(kind == Kind.POSTGRESQL ? "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0"
                    : "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            drivers.close();
            throw new SQLException("Could not create the scratch database " + name + " on " + database.where()
                    + ": is the server running there?", e);
        }
        return database;
    }

    public Kind kind() {
        return kind;
    }

    /** The port of the database server (not for the embedded database). */
    public int serverPort() {
        if (kind == Kind.EMBEDDED) {
            throw new IllegalStateException("the embedded database has no server");
        }
        return kind == Kind.POSTGRESQL ? 5432 : 3306;
    }

    /** Makes Openfire, once provisioned, reach the server through the proxy (the harness still goes straight). */
    public void relayOpenfireThrough(DatabaseProxy proxy) {
        openfireWhere = "127.0.0.1:" + proxy.port();
    }

    /** For messages: the engine and, for a scratch database, its name and server. */
    public String describe() {
        return kind == Kind.EMBEDDED ? "the embedded HSQLDB" : kind.parameter() + " database " + name + " at " + where();
    }

    /** The {@code connectionProvider} and {@code database} elements of {@code openfire.xml}. */
    String openfireXml() {
        if (kind == Kind.EMBEDDED) {
            return """
                    <connectionProvider>
                        <className>org.jivesoftware.database.EmbeddedConnectionProvider</className>
                    </connectionProvider>
                """;
        }
        return """
                    <connectionProvider>
                        <className>org.jivesoftware.database.DefaultConnectionProvider</className>
                    </connectionProvider>
                    <database>
                %s    </database>
                """.formatted(defaultProviderXml());
    }

    /** The {@code database} element of {@code openfire.xml}'s {@code autosetup}. */
    String autosetupXml() {
        if (kind == Kind.EMBEDDED) {
            return """
                        <database>
                            <mode>embedded</mode>
                        </database>
                """;
        }
        return """
                        <database>
                            <mode>standard</mode>
                %s        </database>
                """.formatted(defaultProviderXml());
    }

    private String defaultProviderXml() {
        return """
                        <defaultProvider>
                            <driver>%s</driver>
                            <serverURL>%s</serverURL>
                            <username>%s</username>
                            <password></password>
                            <minConnections>5</minConnections>
                            <maxConnections>25</maxConnections>
                            <connectionTimeout>1.0</connectionTimeout>
                        </defaultProvider>
                """.formatted(kind.driverClass, url(openfireWhere == null ? where() : openfireWhere, name), user());
    }

    /**
     * A connection to the server's database. The embedded one may only be opened while the server is stopped (it
     * holds it locked), read-only when asked, and must be given back through {@link #release} so that the server
     * can open it again; an external one may be opened at any time.
     */
    Connection open(Path home, boolean readOnly) throws SQLException {
        Connection connection = connect(kind == Kind.EMBEDDED
                // ifexists: never create an empty database where the server's should be.
                ? "jdbc:hsqldb:file:" + home.resolve("embedded-db/openfire") + ";ifexists=true" + (readOnly ? ";readonly=true" : "")
                : url(name));
        connection.setReadOnly(readOnly);
        return connection;
    }

    /** Lets the server open its database again: shuts the embedded HSQLDB down; nothing for the others. */
    void release(Connection connection) throws SQLException {
        if (kind == Kind.EMBEDDED) {
            try (Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        }
    }

    /** Drops the scratch database (the server must be stopped); nothing for the embedded one. */
    @Override
    public void close() throws IOException, SQLException {
        if (dropped) {
            return;
        }
        dropped = true;
        try {
            if (kind != Kind.EMBEDDED) {
                try (Connection admin = connect(adminUrl());
                     Statement drop = admin.createStatement()) {
                    drop.execute("DROP DATABASE IF EXISTS " + name + (kind == Kind.POSTGRESQL ? " WITH (FORCE)" : ""));
                }
            }
        } finally {
            drivers.close();
        }
    }

    private Connection connect(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", kind == Kind.EMBEDDED ? "sa" : user());
        credentials.setProperty("password", "");
        Connection connection = driver.connect(url, credentials);
        if (connection == null) {
            throw new SQLException(kind.driverClass + " does not accept " + url);
        }
        return connection;
    }

    private String user() {
        return kind == Kind.POSTGRESQL ? "postgres" : "root";
    }

    private String where() {
        return "127.0.0.1:" + serverPort();
    }

    private String url(String database) {
        return url(where(), database);
    }

    private String url(String hostAndPort, String database) {
        String scheme = switch (kind) {
            case POSTGRESQL -> "jdbc:postgresql://";
            case MYSQL -> "jdbc:mysql://";
            default -> "jdbc:mariadb://";
        };
        return scheme + hostAndPort + "/" + database;
    }

    private String adminUrl() {
        return url(kind == Kind.POSTGRESQL ? "postgres" : "");
    }

    private static URLClassLoader driverLoader(Kind kind, Path lib) throws IOException {
        Path jar;
        try (Stream<Path> jars = Files.list(lib)) {
            jar = jars.filter(p -> p.getFileName().toString().startsWith(kind.jarPrefix)
                            && p.getFileName().toString().endsWith(".jar"))
                    .findFirst().orElseThrow(() -> new IOException("No " + kind.jarPrefix + "*.jar in " + lib));
        }
        // Not the bootstrap loader (null): java.sql, which the driver needs, is a platform module.
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
