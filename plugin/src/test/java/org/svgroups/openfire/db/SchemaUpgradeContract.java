package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.share.ShareCount;
import org.svgroups.core.share.ShareKind;

/**
 * The plugin's schema as Openfire's SchemaManager installs and upgrades it on one database, from the real
 * scripts: a database made by version 1 of the plugin (svgroups 0.2.0, whose scripts the tests keep) and then
 * loaded with the current plugin is upgraded with {@code upgrade/<N>/}, keeps its data and ends with the same
 * tables as a fresh install. Each test has its own scratch databases.
 */
abstract class SchemaUpgradeContract {

    private final TestDatabase target;

    SchemaUpgradeContract(TestDatabase target) {
        this.target = target;
    }

    private static final String GROUP = "dance@groups.svgroups.test";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final List<ScratchDatabase> databases = new ArrayList<>();
    private String skipReason;




    @BeforeEach
    void checkSkip() {
        skipReason = target.skipReason();
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        for (ScratchDatabase database : databases) {
            database.close();
        }
    }

    @Test
    void aVersionOneDatabaseIsUpgradedToTheCurrentVersionKeepingItsInvitations() throws SQLException {
        ScratchDatabase database = scratch();
        List<PendingInvitation> invitations = List.of(
                new PendingInvitation(GROUP, "bob@svgroups.test", "alice@svgroups.test", "Join us!", T0, T0.plusSeconds(3600)),
                new PendingInvitation(GROUP, "carol@svgroups.test", "alice@svgroups.test", null, T0, T0.plusSeconds(7200)));
        try (Connection connection = database.connections().open()) {
            String type = type(connection);
            OpenfireSchemaScripts.createVersionTable(connection);
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.VERSION_1_DIRECTORY, type, 1)).isTrue();
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(1);
            assertThat(SchemaMetadata.of(connection, JdbcShareCounts.TABLE).exists()).isFalse();
        }
        JdbcPendingInvitations pending = new JdbcPendingInvitations(database.connections());
        invitations.forEach(pending::save);

        try (Connection connection = database.connections().open()) {
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY, type(connection),
                    OpenfireSchemaScripts.SCHEMA_VERSION)).as("upgraded").isTrue();
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(2);
            assertThat(SchemaMetadata.of(connection, JdbcPendingInvitations.TABLE).exists()).isTrue();
            assertThat(SchemaMetadata.of(connection, JdbcShareCounts.TABLE).exists()).isTrue();
        }
        assertThat(pending.forGroup(GROUP)).containsExactlyElementsOf(invitations);
        JdbcShareCounts shares = new JdbcShareCounts(database.connections());
        ShareCount count = new ShareCount(LocalDate.of(2026, 11, 25), GROUP, ShareKind.VIDEO, "v1", 2);
        shares.addAll(List.of(count));
        assertThat(shares.between(count.day(), count.day())).containsExactly(count);
    }

    @Test
    void theUpgradedSchemaIsTheFreshlyInstalledOne() throws SQLException {
        ScratchDatabase upgraded = scratch();
        ScratchDatabase fresh = scratch();
        try (Connection connection = upgraded.connections().open()) {
            String type = type(connection);
            OpenfireSchemaScripts.createVersionTable(connection);
            OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.VERSION_1_DIRECTORY, type, 1);
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY, type,
                    OpenfireSchemaScripts.SCHEMA_VERSION)).isTrue();
        }
        try (Connection connection = fresh.connections().open()) {
            OpenfireSchemaScripts.createVersionTable(connection);
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY, type(connection),
                    OpenfireSchemaScripts.SCHEMA_VERSION)).isTrue();
        }

        for (String table : List.of(JdbcPendingInvitations.TABLE, JdbcShareCounts.TABLE)) {
            try (Connection afterUpgrade = upgraded.connections().open(); Connection afterInstall = fresh.connections().open()) {
                SchemaMetadata installed = SchemaMetadata.of(afterInstall, table);
                assertThat(installed.exists()).as(table).isTrue();
                assertThat(SchemaMetadata.of(afterUpgrade, table)).as(table).isEqualTo(installed);
            }
        }
    }

    @Test
    void aFreshInstallIsAtTheCurrentVersionAndLoadingAgainChangesNothing() throws SQLException {
        ScratchDatabase database = scratch();
        try (Connection connection = database.connections().open()) {
            String type = type(connection);
            OpenfireSchemaScripts.createVersionTable(connection);
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY, type,
                    OpenfireSchemaScripts.SCHEMA_VERSION)).isTrue();
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(2);
            SchemaMetadata before = SchemaMetadata.of(connection, JdbcShareCounts.TABLE);

            // Would fail if any script ran again (its CREATE TABLE would find the table).
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY, type,
                    OpenfireSchemaScripts.SCHEMA_VERSION)).isTrue();
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(2);
            assertThat(SchemaMetadata.of(connection, JdbcShareCounts.TABLE)).isEqualTo(before);
        }
    }

    private ScratchDatabase scratch() throws SQLException {
        ScratchDatabase database = target.open();
        databases.add(database);
        return database;
    }

    private String type(Connection connection) throws SQLException {
        return target.scriptType(OpenfireSchemaScripts.databaseType(connection));
    }
}
