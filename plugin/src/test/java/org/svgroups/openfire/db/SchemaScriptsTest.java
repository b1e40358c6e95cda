package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The schema scripts as files, for every database type, including those the build has no server for: that
 * Openfire's SchemaManager reads them as meant. The database tests run the HSQLDB, PostgreSQL, MariaDB and MySQL
 * scripts for real.
 */
class SchemaScriptsTest {

    /** Run by the database tests. */
    static final List<String> TESTED = List.of("hsqldb", "postgresql", "mariadb", "mysql");
    /** Written like the others, never run here. */
    static final List<String> UNTESTED = List.of("cockroachdb", "sqlserver", "oracle");

    static Stream<String> types() {
        return Stream.concat(TESTED.stream(), UNTESTED.stream());
    }

    @Test
    void thereIsOneScriptPerSupportedDatabaseTypeNamedAsOpenfireLooksForIt() throws IOException {
        try (Stream<Path> files = Files.list(OpenfireSchemaScripts.DIRECTORY)) {
            assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(types().map(type -> "svgroups_" + type + ".sql").toList());
        }
    }

    @Test
    void upgradeScriptsAreOnlyForVersionsAfterTheFirst() throws IOException {
        Path upgrades = OpenfireSchemaScripts.DIRECTORY.resolve("upgrade");
        if (Files.isDirectory(upgrades)) {
            try (Stream<Path> versions = Files.list(upgrades)) {
                assertThat(versions.map(path -> Integer.parseInt(path.getFileName().toString())))
                        .allSatisfy(version -> assertThat(version).isBetween(2, OpenfireSchemaScripts.SCHEMA_VERSION));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void isPlainAsciiWithoutTrailingBlanks(String type) throws IOException {
        // Openfire reads the script in the platform's default charset; for Oracle it removes a statement's last
        // character, expecting the semicolon.
        byte[] bytes = Files.readAllBytes(OpenfireSchemaScripts.script(type));
        for (byte b : bytes) {
            assertThat(b & 0xff).as("byte of %s", type).isBetween(0x0a, 0x7e);
        }
        assertThat(OpenfireSchemaScripts.read(OpenfireSchemaScripts.script(type)).lines())
                .allSatisfy(line -> assertThat(line).doesNotEndWith(" ").doesNotContain("\t"));
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyStatementEndsItsLastLineWithASemicolonAndNoCommentDoes(String type) {
        String script = OpenfireSchemaScripts.read(OpenfireSchemaScripts.script(type));

        assertThat(OpenfireSchemaScripts.parse(script, type).unterminated()).as("text Openfire would drop").isEmpty();
        assertThat(script.lines().filter(line -> !line.isBlank() && !OpenfireSchemaScripts.isSqlCommandPart(line)))
                .as("comment lines (one ending with ';' would cut a statement short)")
                .isNotEmpty()
                .allSatisfy(comment -> assertThat(comment.trim()).doesNotEndWith(";"));
    }

    @ParameterizedTest
    @MethodSource("types")
    void createsTheTableWithItsKeyAndIndexes(String type) {
        String statements = String.join("\n", statements(type));

        assertThat(statements).containsOnlyOnce("CREATE TABLE ofSvgInvitation (")
                .containsPattern("PRIMARY KEY (NONCLUSTERED )?\\(groupJID, invitee\\)");
        for (String column : List.of("invitee", "inviter", "expires")) {
            assertThat(statements).containsPattern("ofSvgInvitation_" + column + "_idx (ON ofSvgInvitation )?\\(" + column + "\\)");
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void recordsSchemaVersionOneLast(String type) {
        List<String> statements = statements(type);
        if (type.equals("oracle")) {
            assertThat(statements.get(statements.size() - 1)).isEqualTo("commit");
            statements = statements.subList(0, statements.size() - 1);
        }
        String terminator = type.equals("oracle") ? "" : ";";

        assertThat(statements.get(statements.size() - 1))
                .isEqualTo("INSERT INTO ofVersion (name, version) VALUES ('svgroups', 1)" + terminator);
        assertThat(statements).filteredOn(statement -> statement.contains("ofVersion")).hasSize(1);
    }

    @Test
    void theMariadbScriptHasTheSameStatementsAsTheMysqlOne() {
        // Openfire 5.1 calls MariaDB "mariadb" when reached through MariaDB Connector/J, "mysql" through MySQL
        // Connector/J; both must give the same schema.
        assertThat(statements("mariadb")).isEqualTo(statements("mysql"));
    }

    @Test
    void theCockroachdbScriptHasTheSameStatementsAsThePostgresqlOne() {
        assertThat(statements("cockroachdb")).isEqualTo(statements("postgresql"));
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

    /** The statements Openfire would execute, whitespace collapsed. */
    private static List<String> statements(String type) {
        return OpenfireSchemaScripts.parse(OpenfireSchemaScripts.read(OpenfireSchemaScripts.script(type)), type)
                .statements().stream()
                .map(statement -> statement.trim().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")"))
                .collect(Collectors.toList());
    }
}
