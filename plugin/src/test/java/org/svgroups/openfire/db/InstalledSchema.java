package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

/**
 * The plugin's current schema on a scratch database of one {@link TestDatabase}, installed from the real scripts as
 * Openfire's SchemaManager installs it (a fresh install), for a store contract's test class; or, when that
 * database's tests are skipped, the reason (printed once, and each test reported as skipped).
 */
final class InstalledSchema implements AutoCloseable {

    private final TestDatabase target;
    private final String skipReason;
    private final ScratchDatabase database;
    private final String detectedType;

    private InstalledSchema(TestDatabase target, String skipReason, ScratchDatabase database, String detectedType) {
        this.target = target;
        this.skipReason = skipReason;
        this.database = database;
        this.detectedType = detectedType;
    }

    static InstalledSchema on(TestDatabase target) throws SQLException {
        String reason = target.skipReason();
        if (reason != null) {
            System.out.println(reason);
            return new InstalledSchema(target, reason, null, null);
        }
        ScratchDatabase scratch = target.open();
        String detected;
        boolean installed;
        try (Connection connection = scratch.connections().open()) {
            detected = OpenfireSchemaScripts.databaseType(connection);
            OpenfireSchemaScripts.createVersionTable(connection);
            installed = OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY,
                    target.scriptType(detected), OpenfireSchemaScripts.SCHEMA_VERSION);
        }
        assertThat(installed).as("schema installed on %s", scratch.description()).isTrue();
        return new InstalledSchema(target, null, scratch, detected);
    }

    /** Whether the database is there (its tests are not skipped). */
    boolean available() {
        return skipReason == null;
    }

    /** Skips the calling test when the database's tests are skipped; otherwise deletes every row of the table. */
    void emptyTable(String table) throws SQLException {
        Assumptions.assumeTrue(available(), skipReason);
        execute("DELETE FROM " + table);
    }

    ConnectionSource connections() {
        return database.connections();
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connections().open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** Openfire detects the database this test class is for, finds its scripts, and its recorded version is current. */
    void assertOpenfireWouldRunTheScripts() throws SQLException {
        assertThat(detectedType).as(database.description()).isEqualTo(target.expectedType());
        for (int version = 2; version <= OpenfireSchemaScripts.SCHEMA_VERSION; version++) {
            assertThat(OpenfireSchemaScripts.upgradeScript(version, detectedType)).exists();
        }
        try (Connection connection = connections().open()) {
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, OpenfireSchemaScripts.SCHEMA_KEY))
                    .isEqualTo(OpenfireSchemaScripts.SCHEMA_VERSION);
        }
    }

    /** The table as the driver describes it. */
    SchemaMetadata table(String table) throws SQLException {
        try (Connection connection = connections().open()) {
            return SchemaMetadata.of(connection, table);
        }
    }

    /** Whether concurrent writers of new keys get in each other's way here (see {@link TestDatabase#writersCollide()}). */
    boolean writersCollide() {
        return target.writersCollide();
    }

    @Override
    public void close() throws SQLException {
        if (database != null) {
            database.close();
        }
    }
}
