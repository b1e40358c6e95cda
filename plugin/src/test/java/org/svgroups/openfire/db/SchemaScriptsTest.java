package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The schema scripts as files, install and upgrade scripts, for every database type, including those the build
 * has no server for: that Openfire's SchemaManager reads them as meant, and that installing the current version
 * gives what installing any earlier version and upgrading gives. The database tests run the HSQLDB, PostgreSQL,
 * MariaDB and MySQL scripts for real.
 */
class SchemaScriptsTest {

    /** Run by the database tests. */
    static final List<String> TESTED = List.of("hsqldb", "postgresql", "mariadb", "mysql");
    /** Written like the others, never run here. */
    static final List<String> UNTESTED = List.of("cockroachdb", "sqlserver", "oracle");

    static Stream<String> types() {
        return Stream.concat(TESTED.stream(), UNTESTED.stream());
    }

    static IntStream upgradeVersions() {
        return IntStream.rangeClosed(2, OpenfireSchemaScripts.SCHEMA_VERSION);
    }

    /** The tables each schema version adds (version 1 first). */
    static final List<List<String>> TABLES_ADDED = List.of(
            List.of("ofSvgInvitation"),
            List.of("ofSvgShareCount"),
            List.of("ofSvgInvitationCount", "ofSvgGroupActivity"),
            List.of("ofSvgArchive", "ofSvgMemberSince", "ofSvgBookmark"),
            List.of("ofSvgInviteLink", "ofSvgJoinRequest", "ofSvgReport", "ofSvgReportContext", "ofSvgReportAction",
                    "ofSvgSuspension"),
            List.of("ofSvgReportTally"));

    /** Every database type with every earlier schema version whose install scripts the tests keep. */
    static Stream<Arguments> typesAndReleasedVersions() {
        return types().flatMap(type -> OpenfireSchemaScripts.releasedVersions().mapToObj(version -> Arguments.of(type, version)));
    }

    /** Every script the plugin ships (install and upgrades), with its database type. */
    static Stream<Arguments> scripts() {
        return types().flatMap(type -> Stream.concat(Stream.of(OpenfireSchemaScripts.script(type)),
                        upgradeVersions().mapToObj(version -> OpenfireSchemaScripts.upgradeScript(version, type)))
                .map(script -> Arguments.of(script, type)));
    }

    @Test
    void thereIsOneScriptPerSupportedDatabaseTypeNamedAsOpenfireLooksForIt() throws IOException {
        try (Stream<Path> files = Files.list(OpenfireSchemaScripts.DIRECTORY)) {
            assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(types().map(type -> "svgroups_" + type + ".sql").toList());
        }
    }

    @Test
    void everyVersionAfterTheFirstHasAnUpgradeScriptPerDatabaseTypeAndThereIsNoOther() throws IOException {
        // SchemaManager loads database/upgrade/<N>/<key>_<type>.sql for each N above the recorded version; a
        // missing one is skipped silently, and the plugin then fails to load because the version is not reached.
        Path upgrades = OpenfireSchemaScripts.DIRECTORY.resolve("upgrade");
        try (Stream<Path> versions = Files.list(upgrades)) {
            assertThat(versions.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(upgradeVersions().mapToObj(Integer::toString).toList());
        }
        for (int version : upgradeVersions().toArray()) {
            try (Stream<Path> files = Files.list(upgrades.resolve(Integer.toString(version)))) {
                assertThat(files.map(path -> path.getFileName().toString())).as("upgrade %d", version)
                        .containsExactlyInAnyOrderElementsOf(types().map(type -> "svgroups_" + type + ".sql").toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void isPlainAsciiWithoutTrailingBlanks(Path script, String type) throws IOException {
        // Openfire reads the script in the platform's default charset; for Oracle it removes a statement's last
        // character, expecting the semicolon.
        byte[] bytes = Files.readAllBytes(script);
        for (byte b : bytes) {
            assertThat(b & 0xff).as("byte of %s", script).isBetween(0x0a, 0x7e);
        }
        assertThat(OpenfireSchemaScripts.read(script).lines())
                .allSatisfy(line -> assertThat(line).doesNotEndWith(" ").doesNotContain("\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void everyStatementEndsItsLastLineWithASemicolonAndNoCommentDoes(Path script, String type) {
        String text = OpenfireSchemaScripts.read(script);

        assertThat(OpenfireSchemaScripts.parse(text, type).unterminated()).as("text Openfire would drop").isEmpty();
        assertThat(text.lines().filter(line -> !line.isBlank() && !OpenfireSchemaScripts.isSqlCommandPart(line)))
                .as("comment lines (one ending with ';' would cut a statement short)")
                .isNotEmpty()
                .allSatisfy(comment -> assertThat(comment.trim()).doesNotEndWith(";"));
    }

    @ParameterizedTest
    @MethodSource("types")
    void createsTheTablesWithTheirKeysAndIndexes(String type) {
        String statements = String.join("\n", statements(OpenfireSchemaScripts.script(type), type));

        assertThat(statements).containsOnlyOnce("CREATE TABLE ofSvgInvitation (")
                .containsPattern("PRIMARY KEY (NONCLUSTERED )?\\(groupJID, invitee\\)");
        for (String column : List.of("invitee", "inviter", "expires")) {
            assertThat(statements).containsPattern("ofSvgInvitation_" + column + "_idx (ON ofSvgInvitation )?\\(" + column + "\\)");
        }
        assertThat(statements).containsOnlyOnce("CREATE TABLE ofSvgShareCount (")
                .containsPattern("PRIMARY KEY (CLUSTERED )?\\(shareDay, groupJID, kind, itemId\\)")
                .containsPattern("ofSvgShareCount_item_idx (ON ofSvgShareCount )?\\(shareDay, kind, itemId\\)");
        assertThat(statements).containsOnlyOnce("CREATE TABLE ofSvgInvitationCount (")
                .containsPattern("PRIMARY KEY (CLUSTERED )?\\(countDay, outcome\\)");
        assertThat(statements).containsOnlyOnce("CREATE TABLE ofSvgGroupActivity (")
                .containsPattern("PRIMARY KEY (CLUSTERED )?\\(groupJID\\)");
        assertThat(statements).containsOnlyOnce("CREATE TABLE ofSvgArchive (")
                .containsPattern("PRIMARY KEY (CLUSTERED )?\\(groupJID, orderKey\\)")
                .containsPattern("UNIQUE INDEX ofSvgArchive_id_idx (ON ofSvgArchive )?\\(groupJID, stanzaId\\)")
                .containsPattern("ofSvgArchive_sent_idx (ON ofSvgArchive )?\\(sentAt\\)");
        assertThat(statements).containsOnlyOnce("CREATE TABLE ofSvgMemberSince (")
                .containsPattern("PRIMARY KEY (NONCLUSTERED )?\\(groupJID, userJID\\)");
        assertThat(statements).containsOnlyOnce("CREATE TABLE ofSvgBookmark (")
                .containsPattern("PRIMARY KEY (NONCLUSTERED )?\\(userJID, groupJID\\)")
                .containsPattern("ofSvgBookmark_group_idx (ON ofSvgBookmark )?\\(groupJID\\)");
        assertThat(TABLES_ADDED).as("one entry per version").hasSize(OpenfireSchemaScripts.SCHEMA_VERSION);
        assertThat(statements.split("CREATE TABLE ", -1)).as("tables created").hasSize(1 + TABLES_ADDED.stream().mapToInt(List::size).sum());
    }

    @ParameterizedTest
    @MethodSource("types")
    void theInstallScriptRecordsTheCurrentVersionLast(String type) {
        assertRecordsVersionLast(OpenfireSchemaScripts.script(type), type,
                "INSERT INTO ofVersion (name, version) VALUES ('svgroups', " + OpenfireSchemaScripts.SCHEMA_VERSION + ")");
    }

    @ParameterizedTest
    @MethodSource("types")
    void eachUpgradeScriptRecordsItsVersionLast(String type) {
        // SchemaManager does not record an upgrade's version itself: the script must, or the plugin fails to load.
        for (int version : upgradeVersions().toArray()) {
            assertRecordsVersionLast(OpenfireSchemaScripts.upgradeScript(version, type), type,
                    "UPDATE ofVersion SET version = " + version + " WHERE name = 'svgroups'");
        }
    }

    @ParameterizedTest(name = "{0} from version {1}")
    @MethodSource("typesAndReleasedVersions")
    void installingTheCurrentVersionIsInstallingAnEarlierOneAndUpgrading(String type, int from) {
        // What keeps the upgrades in step with the install scripts on the databases no test runs.
        List<String> upgraded = new ArrayList<>(schemaStatements(
                OpenfireSchemaScripts.script(OpenfireSchemaScripts.releasedDirectory(from), type), type));
        for (int version = from + 1; version <= OpenfireSchemaScripts.SCHEMA_VERSION; version++) {
            upgraded.addAll(schemaStatements(OpenfireSchemaScripts.upgradeScript(version, type), type));
        }

        assertThat(schemaStatements(OpenfireSchemaScripts.script(type), type)).isEqualTo(upgraded);
    }

    @ParameterizedTest(name = "{0} version {1}")
    @MethodSource("typesAndReleasedVersions")
    void theScriptsKeptForTheTestsAreThoseOfTheirVersion(String type, int version) {
        Path script = OpenfireSchemaScripts.script(OpenfireSchemaScripts.releasedDirectory(version), type);
        assertRecordsVersionLast(script, type, "INSERT INTO ofVersion (name, version) VALUES ('svgroups', " + version + ")");
        String statements = String.join("\n", statements(script, type));
        for (int added = 1; added <= TABLES_ADDED.size(); added++) {
            for (String table : TABLES_ADDED.get(added - 1)) {
                if (added <= version) {
                    assertThat(statements).as("version %d", version).containsOnlyOnce("CREATE TABLE " + table + " (");
                } else {
                    assertThat(statements).as("version %d", version).doesNotContain(table + " ");
                }
            }
        }
    }

    @Test
    void theMariadbScriptsHaveTheSameStatementsAsTheMysqlOnes() {
        // Openfire 5.1 calls MariaDB "mariadb" when reached through MariaDB Connector/J, "mysql" through MySQL
        // Connector/J; both must give the same schema.
        assertSameStatements("mariadb", "mysql");
    }

    @Test
    void theCockroachdbScriptsHaveTheSameStatementsAsThePostgresqlOnes() {
        assertSameStatements("cockroachdb", "postgresql");
    }

    @Test
    void pluginXmlDeclaresTheSchemaKeyAndVersionOfTheScripts() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("plugin.xml"));
        NodeList key = plugin.getDocumentElement().getElementsByTagName("databaseKey");
        NodeList version = plugin.getDocumentElement().getElementsByTagName("databaseVersion");
        Assumptions.assumeTrue(key.getLength() > 0 || version.getLength() > 0,
                "plugin.xml declares no <databaseKey>/<databaseVersion> yet: Openfire will not run the schema scripts");

        assertThat(key.item(0).getTextContent().trim()).isEqualTo(OpenfireSchemaScripts.SCHEMA_KEY);
        assertThat(Integer.parseInt(version.item(0).getTextContent().trim())).isEqualTo(OpenfireSchemaScripts.SCHEMA_VERSION);
    }

    private static void assertSameStatements(String type, String sameAs) {
        assertThat(statements(OpenfireSchemaScripts.script(type), type))
                .isEqualTo(statements(OpenfireSchemaScripts.script(sameAs), sameAs));
        for (int version : upgradeVersions().toArray()) {
            assertThat(statements(OpenfireSchemaScripts.upgradeScript(version, type), type)).as("upgrade %d", version)
                    .isEqualTo(statements(OpenfireSchemaScripts.upgradeScript(version, sameAs), sameAs));
        }
    }

    /** The script's last statement (before Oracle's commit) is {@code versionStatement}, and no other touches ofVersion. */
    private static void assertRecordsVersionLast(Path script, String type, String versionStatement) {
        List<String> statements = statements(script, type);
        if (type.equals("oracle")) {
            assertThat(statements.get(statements.size() - 1)).as(script.toString()).isEqualToIgnoringCase("commit");
            statements = statements.subList(0, statements.size() - 1);
        }
        String terminator = type.equals("oracle") ? "" : ";";

        assertThat(statements.get(statements.size() - 1)).as(script.toString()).isEqualTo(versionStatement + terminator);
        assertThat(statements).as(script.toString()).filteredOn(statement -> statement.contains("ofVersion")).hasSize(1);
    }

    /** The statements that shape the schema: all but the version record and Oracle's commit. */
    private static List<String> schemaStatements(Path script, String type) {
        return statements(script, type).stream()
                .filter(statement -> !statement.contains("ofVersion") && !statement.equalsIgnoreCase("commit"))
                .toList();
    }

    /** The statements Openfire would execute, whitespace collapsed. */
    private static List<String> statements(Path script, String type) {
        return OpenfireSchemaScripts.parse(OpenfireSchemaScripts.read(script), type)
                .statements().stream()
                .map(statement -> statement.trim().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")"))
                .collect(Collectors.toList());
    }
}
