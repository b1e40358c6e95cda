package org.svgroups.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.HistoryPage;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.core.settings.SettingsForm;
import org.svgroups.it.ArchivedHistory;
import org.svgroups.it.Users;
import org.svgroups.it.server.OpenfireInstance;

/**
 * The archive's retention in the real server: an admin who lowers it on the Settings page sees older messages go at
 * once, and nothing younger. Messages cannot be sent in the past, so the test ages two of them (and the owner's
 * member-since moment, so that the owner can read them) in the stopped server's database.
 */
@AdminConsole
class ArchiveRetentionIT {

    private static final String RETENTION = SettingsForm.ARCHIVE_RETENTION_DAYS.key();
    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void loweringTheRetentionDeletesOlderMessagesAtOnceAndKeepsTheRest(OpenfireInstance server) throws Exception {
        EntityBareJid group;
        List<String> ids;
        try (SvGroupsClient bob = Users.connect("bob")) {
            group = bob.createGroup("Retention", List.of("alice")).jid();
            for (String text : List.of("forty days ago", "twenty days ago", "today")) {
                bob.send(group, text);
            }
            ids = ArchivedHistory.awaitCount(bob, group, 10, 3).messages().stream().map(HistoryMessage::id).toList();
        }
        assertThat(ids).hasSize(3);
        // Stopping the server flushes the archive; the order keys stay in delivery order and unique.
        server.updateWhileStopped(List.of(
                age(group, ids.get(0), 40),
                age(group, ids.get(1), 20),
                new Object[] {"UPDATE ofSvgMemberSince SET memberSince = memberSince - ? WHERE groupJID = ?",
                        50 * DAY, group.toString()}));
        try (SvGroupsClient bob = Users.connect("bob")) {
            List<HistoryMessage> aged = bob.history(group, 10, null).messages();
            assertThat(aged).extracting(HistoryMessage::id).containsExactlyElementsOf(ids);
            assertThat(aged.get(0).sentAt()).isBefore(Instant.now().minus(Duration.ofDays(39)));
        }

        try (ConsoleBrowser console = loggedIn(server)) {
            try {
                save(console, "30");
                assertThat(console.success()).contains("Settings saved.");
                try (SvGroupsClient bob = Users.connect("bob")) {
                    // The purge runs on its own thread once the setting changed.
                    List<String> kept = ids.subList(1, 3);
                    assertThat(ArchivedHistory.await(bob, group, 10, page -> idsOf(page).equals(kept)))
                            .extracting(ArchiveRetentionIT::idsOf).isEqualTo(kept);
                }
            } finally {
                save(console, "0");
            }
        }
        List<Map<String, Object>> rows = server.queryWhileStopped(
                "SELECT stanzaId FROM ofSvgArchive WHERE groupJID = ? ORDER BY orderKey", group.toString());
        assertThat(rows).extracting(row -> row.get("stanzaId")).containsExactlyElementsOf(ids.subList(1, 3));
    }

    /** Moves one archived message {@code days} back in time, keeping its order key's counter within the millisecond. */
    private static Object[] age(EntityBareJid group, String id, int days) {
        return new Object[] {"UPDATE ofSvgArchive SET sentAt = sentAt - ?, orderKey = orderKey - ?"
                + " WHERE groupJID = ? AND stanzaId = ?", days * DAY, days * DAY * 1000, group.toString(), id};
    }

    private static List<String> idsOf(HistoryPage page) {
        return page.messages().stream().map(HistoryMessage::id).toList();
    }

    /** A browser of its own: the class's shared one would have lost its session with the restarted server. */
    private static ConsoleBrowser loggedIn(OpenfireInstance server) {
        ConsoleBrowser console = ConsoleBrowser.start();
        try {
            console.login(AdminConsoleExtension.CONSOLE_URL, AdminConsoleExtension.ADMIN, server.setup().adminPassword());
            return console;
        } catch (RuntimeException e) {
            console.close();
            throw e;
        }
    }

    private static void save(ConsoleBrowser console, String days) {
        console.open(SettingsPageIT.PAGE);
        console.fill(RETENTION, days);
        console.submit("save");
    }

}
