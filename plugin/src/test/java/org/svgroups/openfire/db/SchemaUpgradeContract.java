package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.share.ShareCount;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.stats.GroupActivity;
import org.svgroups.core.stats.InvitationCount;

/**
 * The plugin's schema as Openfire's SchemaManager installs and upgrades it on one database, from the real
 * scripts: a database made by an earlier version of the plugin (version 1 by svgroups 0.2.0, versions 2 and 3 after it;
 * the tests keep their scripts) and then loaded with the current plugin is upgraded with {@code upgrade/<N>/},
 * keeps its data and ends with the same tables as a fresh install. Each test has its own scratch databases.
 */
abstract class SchemaUpgradeContract {

    private final TestDatabase target;

    SchemaUpgradeContract(TestDatabase target) {
        this.target = target;
    }

    private static final String GROUP = "dance@groups.svgroups.test";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private static final List<PendingInvitation> INVITATIONS = List.of(
            new PendingInvitation(GROUP, "bob@svgroups.test", "alice@svgroups.test", "Join us!", T0, T0.plusSeconds(3600)),
            new PendingInvitation(GROUP, "carol@svgroups.test", "alice@svgroups.test", null, T0, T0.plusSeconds(7200)));
    /** Every table of the current schema. */
    private static final List<String> TABLES = List.of(JdbcPendingInvitations.TABLE, JdbcShareCounts.TABLE,
            JdbcInvitationCounts.TABLE, JdbcGroupActivity.TABLE, JdbcArchive.TABLE, JdbcMemberSince.TABLE, "ofSvgBookmark");

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
        installRelease(database, 1);
        try (Connection connection = database.connections().open()) {
            assertThat(SchemaMetadata.of(connection, JdbcShareCounts.TABLE).exists()).isFalse();
        }
        JdbcPendingInvitations pending = new JdbcPendingInvitations(database.connections());
        INVITATIONS.forEach(pending::save);

        upgrade(database);

        assertThat(pending.forGroup(GROUP)).containsExactlyElementsOf(INVITATIONS);
        JdbcShareCounts shares = new JdbcShareCounts(database.connections());
        ShareCount count = new ShareCount(LocalDate.of(2026, 11, 25), GROUP, ShareKind.VIDEO, "v1", 2);
        shares.addAll(List.of(count));
        assertThat(shares.between(count.day(), count.day())).containsExactly(count);
        assertTheStatsStoresWork(database);
    }

    @Test
    void aVersionTwoDatabaseIsUpgradedToTheCurrentVersionKeepingItsInvitationsAndShareCounts() throws SQLException {
        ScratchDatabase database = scratch();
        installRelease(database, 2);
        try (Connection connection = database.connections().open()) {
            assertThat(SchemaMetadata.of(connection, JdbcInvitationCounts.TABLE).exists()).isFalse();
            assertThat(SchemaMetadata.of(connection, JdbcGroupActivity.TABLE).exists()).isFalse();
        }
        JdbcPendingInvitations pending = new JdbcPendingInvitations(database.connections());
        INVITATIONS.forEach(pending::save);
        JdbcShareCounts shares = new JdbcShareCounts(database.connections());
        List<ShareCount> counts = List.of(new ShareCount(LocalDate.of(2026, 11, 24), GROUP, ShareKind.PRODUCT, "p1", 4),
                new ShareCount(LocalDate.of(2026, 11, 25), GROUP, ShareKind.VIDEO, "v1", 2));
        shares.addAll(counts);

        upgrade(database);

        assertThat(pending.forGroup(GROUP)).containsExactlyElementsOf(INVITATIONS);
        assertThat(shares.between(LocalDate.MIN, LocalDate.MAX)).containsExactlyElementsOf(counts);
        assertTheStatsStoresWork(database);
    }

    @Test
    void aVersionThreeDatabaseIsUpgradedToTheCurrentVersionKeepingItsData() throws SQLException {
        ScratchDatabase database = scratch();
        installRelease(database, 3);
        try (Connection connection = database.connections().open()) {
            assertThat(SchemaMetadata.of(connection, JdbcArchive.TABLE).exists()).isFalse();
            assertThat(SchemaMetadata.of(connection, JdbcMemberSince.TABLE).exists()).isFalse();
        }
        JdbcPendingInvitations pending = new JdbcPendingInvitations(database.connections());
        INVITATIONS.forEach(pending::save);
        JdbcGroupActivity activity = new JdbcGroupActivity(database.connections());
        activity.recordAll(List.of(new GroupActivity(GROUP, T0)));

        upgrade(database);

        assertThat(pending.forGroup(GROUP)).containsExactlyElementsOf(INVITATIONS);
        assertThat(activity.all()).containsExactly(Map.entry(GROUP, T0));
        JdbcArchive archive = new JdbcArchive(database.connections());
        ArchivedMessage message = new ArchivedMessage(GROUP, T0.toEpochMilli() * 1000, "id-1", T0, "bob@svgroups.test",
                "bob", "<message xmlns=\"jabber:client\"><body>hi</body></message>");
        archive.appendAll(List.of(message));
        assertThat(archive.page(GROUP, Long.MIN_VALUE, Long.MAX_VALUE, 5, false)).containsExactly(message);
        JdbcMemberSince since = new JdbcMemberSince(database.connections());
        since.recordIfAbsent(GROUP, "bob@svgroups.test", T0);
        assertThat(since.since(GROUP, "bob@svgroups.test")).contains(T0);
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("org.svgroups.openfire.db.OpenfireSchemaScripts#releasedVersions")
    void theUpgradedSchemaIsTheFreshlyInstalledOne(int from) throws SQLException {
        ScratchDatabase upgraded = scratch();
        ScratchDatabase fresh = scratch();
        installRelease(upgraded, from);
        upgrade(upgraded);
        try (Connection connection = fresh.connections().open()) {
            OpenfireSchemaScripts.createVersionTable(connection);
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY, type(connection),
                    OpenfireSchemaScripts.SCHEMA_VERSION)).isTrue();
        }

        for (String table : TABLES) {
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
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(OpenfireSchemaScripts.SCHEMA_VERSION);
            List<SchemaMetadata> before = new ArrayList<>();
            for (String table : TABLES) {
                before.add(SchemaMetadata.of(connection, table));
            }

            // Would fail if any script ran again (its CREATE TABLE would find the table).
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY, type,
                    OpenfireSchemaScripts.SCHEMA_VERSION)).isTrue();
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(OpenfireSchemaScripts.SCHEMA_VERSION);
            for (int i = 0; i < TABLES.size(); i++) {
                assertThat(SchemaMetadata.of(connection, TABLES.get(i))).as(TABLES.get(i)).isEqualTo(before.get(i));
            }
        }
    }

    /** Installs an earlier version from the scripts the tests keep, as that version of the plugin did. */
    private void installRelease(ScratchDatabase database, int version) throws SQLException {
        try (Connection connection = database.connections().open()) {
            String type = type(connection);
            OpenfireSchemaScripts.createVersionTable(connection);
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.releasedDirectory(version), type,
                    version)).as("version %d installed", version).isTrue();
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(version);
        }
    }

    /** Loads the current plugin: Openfire runs the upgrades the database needs. */
    private void upgrade(ScratchDatabase database) throws SQLException {
        try (Connection connection = database.connections().open()) {
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY, type(connection),
                    OpenfireSchemaScripts.SCHEMA_VERSION)).as("upgraded").isTrue();
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(OpenfireSchemaScripts.SCHEMA_VERSION);
            for (String table : TABLES) {
                assertThat(SchemaMetadata.of(connection, table).exists()).as(table).isTrue();
            }
        }
    }

    /** The tables version 3 added take the stores' writes. */
    private static void assertTheStatsStoresWork(ScratchDatabase database) {
        JdbcInvitationCounts invitationCounts = new JdbcInvitationCounts(database.connections());
        InvitationCount sent = new InvitationCount(LocalDate.of(2026, 11, 25), "sent", 3);
        invitationCounts.addAll(List.of(sent));
        assertThat(invitationCounts.between(sent.day(), sent.day())).containsExactly(sent);
        JdbcGroupActivity activity = new JdbcGroupActivity(database.connections());
        activity.recordAll(List.of(new GroupActivity(GROUP, T0)));
        assertThat(activity.all()).containsExactly(Map.entry(GROUP, T0));
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
