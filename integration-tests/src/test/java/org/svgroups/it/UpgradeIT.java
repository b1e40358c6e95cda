package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.openqa.selenium.By;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.HistoryPage;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.it.console.ConsoleBrowser;
import org.svgroups.it.server.OpenfireInstance;

/**
 * The upgrade an admin makes: an Openfire running the previous release of svgroups (0.4.0, schema version 3), with
 * groups, a minor's pending invitation and invitation counters, gets the new jar uploaded on the console's Plugins
 * page. Nothing is lost, the schema reaches the current version, and what is new works on the old groups. Runs on
 * the suite's database engine ({@code -Dopenfire.database}), in a server of its own on the suite's ports: the
 * suite's server is stopped meanwhile and started again afterwards. Needs {@code -Dsvgroups.previous.jar} (test.sh
 * builds it from the tag {@code v0.4.0}); without it, one line says the upgrade test was not run.
 */
@ExtendWith(RealOpenfire.class)
class UpgradeIT {

    private static final String PREVIOUS = "0.4.0";
    private static final int SCHEMA_VERSION = 6;

    private static SideServer side;
    private static OpenfireInstance upgraded;

    @BeforeAll
    static void stopTheSuitesServer(OpenfireInstance server) throws Exception {
        String jar = System.getProperty("svgroups.previous.jar", "").trim();
        if (jar.isEmpty() || !Files.isRegularFile(Path.of(jar))) {
            System.out.println("svgroups upgrade test SKIPPED: no jar of svgroups " + PREVIOUS
                    + " given (-Dsvgroups.previous.jar=...; ./test.sh builds it from the tag v0.4.0)");
        }
        assumeTrue(!jar.isEmpty() && Files.isRegularFile(Path.of(jar)), "no -Dsvgroups.previous.jar");
        assumeTrue(ConsoleBrowser.unavailableReason().isEmpty(), () -> ConsoleBrowser.unavailableReason().orElseThrow());
        side = SideServer.replacing(server, "upgrade", Path.of(jar).toAbsolutePath(), database -> { });
        upgraded = side.server();
    }

    @AfterAll
    static void startTheSuitesServerAgain() throws Exception {
        if (side != null) {
            side.close();
        }
    }

    @Test
    void uploadingTheNewJarKeepsGroupsInvitationsAndCountersAndAdvancesTheSchema() throws Exception {
        upgraded.start();
        EntityBareJid group;
        try (SvGroupsClient alice = Users.connect("alice")) {
            group = alice.createGroup("Before the upgrade", List.of("bob", "carol")).jid();
            alice.invite(group, "tess", "join us");
            alice.send(group, "said with 0.4.0");
        }
        // Stopping writes the counters; the old plugin's tables as it left them.
        List<Map<String, Object>> before = tables();
        assertThat(schemaVersion()).isEqualTo(3);
        assertThat(before).extracting(row -> row.get("t").toString().trim(), row -> number(row, "n"))
                .containsExactlyInAnyOrder(tuple("invitations", 1), tuple("counted", 3));

        int starts = upgraded.pluginStarts();
        try (ConsoleBrowser console = ConsoleBrowser.start()) {
            console.login("http://127.0.0.1:" + OpenfireInstance.ADMIN_PORT + "/", "admin", "admin");
            console.openConsole("plugin-admin.jsp");
            console.driver().findElement(By.name("uploadfile"))
                    .sendKeys(RealOpenfire.pluginJar().toString());
            console.click(By.cssSelector("form[enctype='multipart/form-data'] [type=submit]"));
        }
        upgraded.awaitPluginStarted(starts);

        try (SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient tess = Users.connect("tess")) {
            assertThat(Members.of(alice, group)).containsEntry(Members.jid("alice"), MUCAffiliation.owner)
                    .containsEntry(Members.jid("bob"), MUCAffiliation.member)
                    .containsEntry(Members.jid("carol"), MUCAffiliation.member)
                    .doesNotContainKey(Members.jid("tess"));
            assertThat(tess.invitations().receivedFor(group)).as("tess's pending invitation").isPresent();
            // New with the upgrade: the bookmark of an old group (reconciled on load) and its archive.
            assertThat(StoredBookmarks.await(bob, group).getName()).isEqualTo("Before the upgrade");
            String id = bob.send(group, "said with the new version").stanzaId().orElseThrow();
            HistoryPage history = ArchivedHistory.await(alice, group, 10,
                    page -> page.messages().stream().anyMatch(m -> id.equals(m.id())));
            assertThat(history.messages()).extracting(HistoryMessage::body).contains("said with the new version");
            tess.accept(group);
            assertThat(Members.of(alice, group)).containsEntry(Members.jid("tess"), MUCAffiliation.member);
        }
        assertThat(schemaVersion()).isEqualTo(SCHEMA_VERSION);
        // tess accepted; the counters kept what 0.4.0 counted.
        assertThat(tables()).extracting(row -> row.get("t").toString().trim(), row -> number(row, "n"))
                .containsExactlyInAnyOrder(tuple("invitations", 0), tuple("counted", 3));
    }

    private static int schemaVersion() throws Exception {
        return number(upgraded.queryWhileStopped("SELECT version AS v FROM ofVersion WHERE name = 'svgroups'").get(0), "v");
    }

    /** The rows of 0.4.0's tables that this test fills: pending invitations and the invitation counters. */
    private static List<Map<String, Object>> tables() throws Exception {
        return upgraded.queryWhileStopped("SELECT 'invitations' AS t, COUNT(*) AS n FROM ofSvgInvitation"
                + " UNION ALL SELECT 'counted', SUM(invitations) FROM ofSvgInvitationCount");
    }

    private static int number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).intValue();
    }
}
