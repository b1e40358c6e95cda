package org.svgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.PendingInvitations;
import org.svgroups.client.ReceivedInvitation;
import org.svgroups.client.Refusal;
import org.svgroups.client.SentInvitation;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;

class SvGroupsCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(SvGroupsCli.Connector connector, String... argv) {
        return new SvGroupsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), connector).run(argv);
    }

    private static SvGroupsClient noServer(org.svgroups.client.ClientConfig config) {
        throw new AssertionError("must not connect");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run(SvGroupsCliTest::noServer, "help")).isZero();

        assertThat(out()).startsWith("usage: svgroups-cli --host HOST --user USER --password PASSWORD")
                .contains("create-group NAME [MEMBER...]", "list-groups", "invite GROUP USER [REASON]", "send GROUP TEXT...",
                        "listen GROUP [SECONDS]", "leave GROUP", "--insecure", "invite-direct GROUP USER [REASON]",
                        "invitations", "accept GROUP", "decline GROUP [REASON]");
        assertThat(err()).isEmpty();
    }

    @Test
    void helpListsEveryCommandWithItsSummaryInOneColumn() {
        String help = SvGroupsCli.usage();
        int column = -1;
        for (Command command : Command.values()) {
            String line = help.lines().filter(l -> l.startsWith("  " + command.usage() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no help line for " + command.word()));
            int summaryAt = line.indexOf(command.summary());
            assertThat(line.substring(2 + command.usage().length(), summaryAt)).as(command.word()).isBlank().hasSizeGreaterThan(1);
            if (column < 0) {
                column = summaryAt;
            }
            assertThat(summaryAt).as(command.word()).isEqualTo(column);
        }
    }

    @Test
    void aWrongCommandLineExitsWithTwoBeforeConnecting() {
        int status = run(SvGroupsCliTest::noServer, "--host", "h", "--user", "alice", "--password", "p", "explode");

        assertThat(status).isEqualTo(SvGroupsCli.EXIT_USAGE);
        assertThat(err()).isEqualTo("svgroups-cli: unknown command 'explode'\nTry 'svgroups-cli help'.\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMalformedAddressIsAUsageError() {
        SvGroupsCli.Connector connector = config -> {
            throw new IllegalArgumentException("not a valid service address: a@b@c");
        };

        assertThat(run(connector, "--host", "h", "--user", "alice", "--password", "p", "list-groups"))
                .isEqualTo(SvGroupsCli.EXIT_USAGE);
        assertThat(err()).isEqualTo("svgroups-cli: not a valid service address: a@b@c\n");
    }

    @Test
    void anUnreachableServerIsOneLineAndExitOne() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        int status = run(SvGroupsClient::connect, "--host", "127.0.0.1", "--port", Integer.toString(port), "--user",
                "alice", "--password", "p", "--insecure", "list-groups");

        assertThat(status).isEqualTo(SvGroupsCli.EXIT_FAILURE);
        assertThat(err()).startsWith("svgroups-cli: cannot connect to 127.0.0.1:" + port + ": Connection refused")
                .endsWith("\n").hasLineCount(1);
    }

    @Test
    void refusalsNameBothConditionsAndTheText() {
        Refusal refusal = new Refusal("group-full", Map.of(),
                StanzaError.Condition.policy_violation, "The group has reached its member cap of 32");

        assertThat(SvGroupsCli.formatError(new SvGroupsException.Refused(refusal, null, null)))
                .isEqualTo("svgroups-cli: refused: group-full (policy-violation): The group has reached its member cap of 32");
        assertThat(SvGroupsCli.formatError(new SvGroupsException.NoResponse("list groups: no reply from the server within 10 s", null)))
                .isEqualTo("svgroups-cli: list groups: no reply from the server within 10 s");
    }

    @Test
    void groupTableAlignsColumns() throws Exception {
        String table = SvGroupsCli.formatTable(List.of(
                new GroupSummary(JidCreate.entityBareFrom("abc@groups.example"), "Dance crew", MUCAffiliation.owner, 3, 32),
                new GroupSummary(JidCreate.entityBareFrom("longerid1234@groups.example"), "Film", null, 12, -1)));

        assertThat(table).isEqualTo(
                "GROUP                        NAME        ROLE   MEMBERS\n"
                + "abc@groups.example           Dance crew  owner  3/32\n"
                + "longerid1234@groups.example  Film        ?      12/?\n");
        assertThat(SvGroupsCli.formatTable(List.of())).isEqualTo("no groups\n");
    }

    @Test
    void invitationsAreTwoSectionsOfAlignedTables() throws Exception {
        PendingInvitations invitations = new PendingInvitations(
                List.of(new ReceivedInvitation(JidCreate.entityBareFrom("abc@groups.example"), "Dance crew",
                                JidCreate.entityBareFrom("alice@example"), "join us", Instant.parse("2026-11-25T10:00:00Z"),
                                Instant.parse("2026-12-02T10:00:00.123Z")),
                        new ReceivedInvitation(JidCreate.entityBareFrom("longerid1234@groups.example"), "",
                                JidCreate.entityBareFrom("dave@example"), null, Instant.parse("2026-11-25T10:00:00Z"),
                                Instant.parse("2026-12-03T08:30:00Z"))),
                List.of(new SentInvitation(JidCreate.entityBareFrom("xyz@groups.example"), "Skate\nand film",
                        JidCreate.entityBareFrom("carol@example"), null, Instant.parse("2026-11-25T10:00:00Z"),
                        Instant.parse("2026-12-02T10:00:00Z"))));

        assertThat(SvGroupsCli.formatInvitations(invitations)).isEqualTo(
                "received:\n"
                + "GROUP                        NAME        FROM           EXPIRES               REASON\n"
                + "abc@groups.example           Dance crew  alice@example  2026-12-02T10:00:00Z  join us\n"
                + "longerid1234@groups.example              dave@example   2026-12-03T08:30:00Z\n"
                + "\n"
                + "sent:\n"
                + "GROUP               NAME            TO             EXPIRES               REASON\n"
                + "xyz@groups.example  Skate and film  carol@example  2026-12-02T10:00:00Z\n");
    }

    @Test
    void anEmptySectionSaysNoneAndNothingAtAllIsOneLine() throws Exception {
        PendingInvitations onlySent = new PendingInvitations(List.of(),
                List.of(new SentInvitation(JidCreate.entityBareFrom("xyz@groups.example"), "Skate",
                        JidCreate.entityBareFrom("carol@example"), "come", Instant.parse("2026-11-25T10:00:00Z"),
                        Instant.parse("2026-12-02T10:00:00Z"))));

        assertThat(SvGroupsCli.formatInvitations(onlySent)).isEqualTo(
                "received:\n"
                + "none\n"
                + "\n"
                + "sent:\n"
                + "GROUP               NAME   TO             EXPIRES               REASON\n"
                + "xyz@groups.example  Skate  carol@example  2026-12-02T10:00:00Z  come\n");
        assertThat(SvGroupsCli.formatInvitations(PendingInvitations.NONE)).isEqualTo("no pending invitations\n");
    }
}
