package org.svgroups.openfire.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The plugin's schema scripts, handled the way Openfire 5.1.1 handles them ({@code org.jivesoftware.database
 * .SchemaManager} and {@code DbConnectionManager.setMetaData}): which file it picks for a database, how it cuts
 * the file into statements, and the {@code ofVersion} table it records versions in.
 */
final class OpenfireSchemaScripts {

    static final String SCHEMA_KEY = "svgroups";
    static final int SCHEMA_VERSION = 6;
    /** The plugin's scripts, as they ship in the plugin's {@code database/} folder. */
    static final Path DIRECTORY = Path.of("src", "main", "database");
    /** The test resources that keep the install scripts of earlier schema versions, in {@code schema-v<N>/}. */
    static final Path RELEASED_DIRECTORY = Path.of("src", "test", "resources", "org", "svgroups", "openfire", "db");

    /** Openfire's own ofVersion, as its scripts create it (the plugin's scripts insert into it). */
    static final String CREATE_VERSION_TABLE = "CREATE TABLE ofVersion (name VARCHAR(50) NOT NULL, "
            + "version INTEGER NOT NULL, CONSTRAINT ofVersion_pk PRIMARY KEY (name))";

    private OpenfireSchemaScripts() {
    }

    /** The schema versions before the current one, whose install scripts the tests keep: 1 to {@code SCHEMA_VERSION - 1}. */
    static IntStream releasedVersions() {
        return IntStream.range(1, SCHEMA_VERSION);
    }

    /**
     * The install scripts of an earlier schema version as released (version 1 in svgroups 0.2.0, versions 2 and 3
     * until the next came), to make databases of that version to upgrade.
     */
    static Path releasedDirectory(int version) {
        return RELEASED_DIRECTORY.resolve("schema-v" + version);
    }

    /** The script Openfire runs on first install: {@code database/<key>_<DatabaseType>.sql}. */
    static Path script(String databaseType) {
        return script(DIRECTORY, databaseType);
    }

    static Path script(Path directory, String databaseType) {
        return directory.resolve(SCHEMA_KEY + "_" + databaseType + ".sql");
    }

    /** The script Openfire runs to bring a schema from {@code version - 1} to {@code version}: {@code database/upgrade/<version>/<key>_<DatabaseType>.sql}. */
    static Path upgradeScript(int version, String databaseType) {
        return upgradeScript(DIRECTORY, version, databaseType);
    }

    static Path upgradeScript(Path directory, int version, String databaseType) {
        return script(directory.resolve("upgrade").resolve(Integer.toString(version)), databaseType);
    }

    /**
     * Openfire's name for the database behind a connection: {@code DbConnectionManager.DatabaseType}, decided from
     * the product name as {@code setMetaData} does, in its order. Since 5.1.0 MariaDB is "mariadb" when the
     * driver reports it as such (MariaDB Connector/J does; MySQL Connector/J reports "MySQL").
     */
    static String databaseType(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String name = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        String version = metaData.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
        if (name.contains("oracle")) {
            return "oracle";
        } else if (name.contains("cockroach") || version.contains("cockroach") || isCockroach(connection, name)) {
            return "cockroachdb";
        } else if (name.contains("postgres")) {
            return "postgresql";
        } else if (name.contains("interbase")) {
            return "interbase";
        } else if (name.contains("sql server")) {
            return "sqlserver";
        } else if (name.contains("maria")) {
            return "mariadb";
        } else if (name.contains("mysql")) {
            return "mysql";
        } else if (name.contains("hsql")) {
            return "hsqldb";
        } else if (name.contains("db2")) {
            return "db2";
        } else if (name.contains("firebird")) {
            return "firebird";
        }
        return "unknown";
    }

    private static boolean isCockroach(Connection connection, String productName) throws SQLException {
        if (!productName.contains("postgres")) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version()")) {
            return rows.next() && rows.getString(1).toLowerCase(Locale.ROOT).contains("cockroach");
        }
    }

    /** A script cut into statements; {@code unterminated} is text after the last statement, which Openfire drops. */
    record Parsed(List<String> statements, String unterminated) {
    }

    /**
     * Cuts a script as {@code SchemaManager.executeSQLScript} does: lines are joined (each after a space) until one
     * ends with a semicolon; blank lines and lines starting with {@code //}, {@code --}, {@code #}, {@code REM},
     * {@code /*} or {@code *} are left out (but a semicolon at the end of one still ends the statement); for Oracle
     * and DB2 the last character (the semicolon) is removed.
     */
    static Parsed parse(String script, String databaseType) {
        List<String> statements = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (String line : script.split("\r?\n|\r", -1)) {
            if (isSqlCommandPart(line)) {
                command.append(' ').append(line);
            }
            if (line.trim().endsWith(";")) {
                if (command.length() > 0) {
                    if (databaseType.equals("oracle") || databaseType.equals("db2")) {
                        command.deleteCharAt(command.length() - 1);
                    }
                    statements.add(command.toString());
                }
                command.setLength(0);
            }
        }
        return new Parsed(statements, command.toString().trim());
    }

    static boolean isSqlCommandPart(String line) {
        String trimmed = line.trim();
        return !trimmed.isEmpty() && !(trimmed.startsWith("//") || trimmed.startsWith("--") || trimmed.startsWith("#")
                || trimmed.startsWith("REM") || trimmed.startsWith("/*") || trimmed.startsWith("*"));
    }

    static String read(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script's statements one by one on the connection, as Openfire does on a plugin's first load. */
    static void run(Connection connection, Path script, String databaseType) throws SQLException {
        Parsed parsed = parse(read(script), databaseType);
        if (!parsed.unterminated().isEmpty()) {
            throw new IllegalStateException(script + " ends with an unterminated statement: " + parsed.unterminated());
        }
        for (String sql : parsed.statements()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new SQLException("Statement of " + script + " failed: " + sql + ": " + e.getMessage(), e.getSQLState(), e);
            }
        }
    }

    /**
     * What {@code SchemaManager.checkPluginSchema} does when a plugin with schema key {@value #SCHEMA_KEY} and
     * {@code requiredVersion} loads, with the scripts of {@code directory} (the plugin's {@code database/} folder)
     * for {@code databaseType}: nothing when the recorded version is at least the required one; with no version
     * recorded, the install script, then (OF-2940) the upgrades still needed; otherwise each upgrade script
     * {@code upgrade/<N>/} from the recorded version + 1 to the required one, skipping those that do not exist.
     * The scripts run one statement at a time in the connection's auto-commit mode. Returns what Openfire would
     * decide (OF-3045): whether the recorded version then reached the required one; a failing statement fails.
     */
    static boolean checkSchema(Connection connection, Path directory, String databaseType, int requiredVersion)
            throws SQLException {
        return checkSchema(connection, directory, databaseType, requiredVersion, true);
    }

    private static boolean checkSchema(Connection connection, Path directory, String databaseType, int requiredVersion,
                                       boolean allowRecursion) throws SQLException {
        int current = recordedVersion(connection, SCHEMA_KEY);
        if (current >= requiredVersion) {
            return true;
        } else if (current == -1) {
            Path install = script(directory, databaseType);
            if (!Files.exists(install)) {
                return false;
            }
            run(connection, install, databaseType);
            if (recordedVersion(connection, SCHEMA_KEY) < requiredVersion && allowRecursion) {
                return checkSchema(connection, directory, databaseType, requiredVersion, false);
            }
        } else {
            for (int version = current + 1; version <= requiredVersion; version++) {
                Path upgrade = upgradeScript(directory, version, databaseType);
                if (Files.exists(upgrade)) {
                    run(connection, upgrade, databaseType);
                }
            }
        }
        return recordedVersion(connection, SCHEMA_KEY) >= requiredVersion;
    }

    static void createVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_VERSION_TABLE);
        }
    }

    /** The version recorded for a schema key, as SchemaManager reads it; -1 when there is none. */
    static int recordedVersion(Connection connection, String schemaKey) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT version FROM ofVersion WHERE name=?")) {
            statement.setString(1, schemaKey);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        }
    }
}
