package org.svgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.HistoryPage;
import org.svgroups.client.PendingInvitations;
import org.svgroups.client.ReceivedInvitation;
import org.svgroups.client.Refusal;
import org.svgroups.client.SentInvitation;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.Shares;
import org.svgroups.client.SvGroupsException;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.client.LinkInfo;
import org.svgroups.client.LinkRequest;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;

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
                        "invitations", "accept GROUP", "decline GROUP [REASON]", "share-video GROUP URL",
                        "share-product GROUP URL --price P --currency C");
        assertThat(err()).isEmpty();
    }

    @Test
    void helpListsEveryCommandWithItsSummaryInOneColumn() {
        List<String> lines = SvGroupsCli.usage().lines().toList();
        int column = -1;
        for (Command command : Command.values()) {
            int at = -1;
            for (int i = 0; i < lines.size() && at < 0; i++) {
                if (lines.get(i).equals("  " + command.usage()) || lines.get(i).startsWith("  " + command.usage() + " ")) {
                    at = i;
                }
            }
            assertThat(at).as("help line of %s", command.word()).isNotNegative();
            String line = lines.get(at);
            int summaryAt;
            if (line.equals("  " + command.usage())) {
                // A usage too long for the column: the summary is on the next line, in the column.
                assertThat(command.usage().length()).as(command.word()).isGreaterThan(SvGroupsCli.USAGE_COLUMN);
                String next = lines.get(at + 1);
                summaryAt = next.indexOf(command.summary());
                assertThat(next.substring(0, summaryAt)).as(command.word()).isBlank();
            } else {
                summaryAt = line.indexOf(command.summary());
                assertThat(line.substring(2 + command.usage().length(), summaryAt)).as(command.word()).isBlank()
                        .hasSizeGreaterThan(1);
            }
            if (column < 0) {
                column = summaryAt;
            }
            assertThat(summaryAt).as(command.word()).isEqualTo(column);
        }
    }

    @Test
    void helpShowsTheShareCommandsAndWhatTheyPrint() {
        assertThat(SvGroupsCli.usage())
                .contains("  share-video GROUP URL [--id ID] [--title T]\n")
                .contains("  share-product GROUP URL --price P --currency C [--id ID] [--title T]\n")
                .contains("alice shared video 123: Dance tutorial https://videos.example/v/123 (verified)");
    }

    @Test
    void sharesPrintAsOneLineWithTheirVerdict() {
        Share video = new Share(ShareKind.VIDEO, "123", "https://videos.example/v/123", "Dance tutorial", "@dancer",
                null, 42, null, true);
        Share product = new Share(ShareKind.PRODUCT, "hoodie-42", "https://shop.example/p/hoodie-42", "Crew hoodie",
                null, null, null, new Price(new BigDecimal("19.99"), "EUR"), false);

        assertThat(SvGroupsCli.formatShare("alice", video))
                .isEqualTo("alice shared video 123: Dance tutorial https://videos.example/v/123 (verified)");
        assertThat(SvGroupsCli.formatShare("bob", product))
                .isEqualTo("bob shared product hoodie-42: Crew hoodie for 19.99 EUR https://shop.example/p/hoodie-42 (unverified)");
        assertThat(SvGroupsCli.formatShare("bob", Shares.product("p1", "https://shop.example/p/p1", null,
                Shares.price("5", "USD")))).isEqualTo("bob shared product p1: 5 USD https://shop.example/p/p1");
        assertThat(SvGroupsCli.formatShare("carol", Shares.video("9", "https://videos.example/v/9", null)))
                .isEqualTo("carol shared video 9: https://videos.example/v/9");
    }

    @Test
    void aShareCannotBreakTheLineOrTheTerminal() {
        Share sneaky = Shares.video("1", "https://videos.example/v/1", "two\nlines\u001b[31m red\t");

        assertThat(SvGroupsCli.formatShare("bob", sneaky))
                .isEqualTo("bob shared video 1: two lines [31m red https://videos.example/v/1");
    }

    @Test
    void aMessageIsItsShareIfItHasOneAndItsBodyOtherwise() throws Exception {
        EntityBareJid group = JidCreate.entityBareFrom("abc@groups.example");
        Message withShare = StanzaBuilder.buildMessage("m1").setBody("Dance tutorial https://videos.example/v/123")
                .addExtension(new ShareElement(Shares.video("123", "https://videos.example/v/123", "Dance tutorial")
                        .withVerified(true))).build();
        Message plain = StanzaBuilder.buildMessage("m2").setBody("yo").build();

        assertThat(SvGroupsCli.formatMessage(new GroupMessage(group, "bob", null, withShare.getBody(), false, false, withShare)))
                .isEqualTo("bob shared video 123: Dance tutorial https://videos.example/v/123 (verified)");
        assertThat(SvGroupsCli.formatMessage(new GroupMessage(group, "bob", null, "yo", false, false, plain)))
                .isEqualTo("bob: yo");
    }

    @Test
    void historyIsALinePerMessageThenHowToReadFurtherBack() throws Exception {
        Message share = StanzaBuilder.buildMessage("m1").from(JidCreate.from("abc@groups.example/alice"))
                .setBody("Dance tutorial https://videos.example/v/123")
                .addExtension(new ShareElement(Shares.video("123", "https://videos.example/v/123", "Dance tutorial")
                        .withVerified(true))).build();
        Message text = StanzaBuilder.buildMessage("m2").from(JidCreate.from("abc@groups.example/bob")).setBody("yo\nall").build();
        Message encrypted = StanzaBuilder.buildMessage("m3").from(JidCreate.from("abc@groups.example/bob")).build();
        Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
        List<HistoryMessage> messages = List.of(new HistoryMessage("id-1", t0, share),
                new HistoryMessage("id-2", t0.plusSeconds(1), text), new HistoryMessage("id-3", t0.plusSeconds(2), encrypted));

        assertThat(SvGroupsCli.formatHistory(new HistoryPage(messages, false), "abc")).isEqualTo(
                "id-1 2026-11-25T10:00:00Z alice shared video 123: Dance tutorial https://videos.example/v/123 (verified)\n"
                        + "id-2 2026-11-25T10:00:01Z bob: yo all\n"
                        + "id-3 2026-11-25T10:00:02Z bob: (no text: end-to-end encrypted)\n"
                        + "earlier: svgroups-cli history abc --before id-1\n");
        assertThat(SvGroupsCli.formatHistory(new HistoryPage(messages.subList(1, 2), true), "abc"))
                .isEqualTo("id-2 2026-11-25T10:00:01Z bob: yo all\n");
        assertThat(SvGroupsCli.formatHistory(new HistoryPage(List.of(), true), "abc")).isEmpty();
    }

    @Test
    void historyShowsWhatWasTakenBackAndByWhom() throws Exception {
        Message own = org.jivesoftware.smack.util.PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='abc@groups.example/bob'>"
                + "<retracted xmlns='urn:xmpp:message-retract:1' stamp='2026-12-03T14:00:00Z' id='r-1'/></message>");
        Message moderated = org.jivesoftware.smack.util.PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='abc@groups.example/carol'>"
                + "<retracted xmlns='urn:xmpp:message-retract:1' stamp='2026-12-03T14:01:00Z' id='n-1'>"
                + "<moderated xmlns='urn:xmpp:message-moderate:1' by='alice@example'/><reason>rude\nand mean</reason></retracted></message>");
        Message retraction = org.jivesoftware.smack.util.PacketParserUtils.parseStanza("<message xmlns='jabber:client' type='groupchat' from='abc@groups.example/bob'>"
                + "<retract xmlns='urn:xmpp:message-retract:1' id='id-1'/><body>/me retracted</body></message>");
        Message notice = org.jivesoftware.smack.util.PacketParserUtils.parseStanza("<message xmlns='jabber:client' type='groupchat' from='abc@groups.example'>"
                + "<retract xmlns='urn:xmpp:message-retract:1' id='id-2'><moderated xmlns='urn:xmpp:message-moderate:1' by='alice@example'/>"
                + "<reason>rude</reason></retract><body>A moderator retracted a message.</body></message>");
        Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
        List<HistoryMessage> messages = List.of(new HistoryMessage("id-1", t0, own),
                new HistoryMessage("id-2", t0.plusSeconds(1), moderated), new HistoryMessage("id-3", t0.plusSeconds(2), retraction),
                new HistoryMessage("id-4", t0.plusSeconds(3), notice));

        assertThat(SvGroupsCli.formatHistory(new HistoryPage(messages, true), "abc")).isEqualTo(
                "id-1 2026-11-25T10:00:00Z bob: (retracted)\n"
                        + "id-2 2026-11-25T10:00:01Z carol: (retracted by alice@example: rude and mean)\n"
                        + "id-3 2026-11-25T10:00:02Z bob retracted id-1\n"
                        + "id-4 2026-11-25T10:00:03Z alice@example moderated id-2: rude\n");
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

    @Test
    void linksAndRequestsPrintAsTablesNeverWithATokenAndSayWhenThereAreNone() throws Exception {
        LinkInfo link = new LinkInfo("5f0c2a91d3e47b68", JidCreate.entityBareFrom("alice@example"),
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-12-02T10:00:00Z"), 2, OptionalInt.of(5));
        LinkInfo open = new LinkInfo("0000000000000001", JidCreate.entityBareFrom("bob@example"),
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-12-02T10:00:00Z"), 0, OptionalInt.empty());

        assertThat(SvGroupsCli.formatLinks(List.of(link, open)).lines().toList()).containsExactly(
                "ID                CREATOR        EXPIRES               USES",
                "5f0c2a91d3e47b68  alice@example  2026-12-02T10:00:00Z  2/5",
                "0000000000000001  bob@example    2026-12-02T10:00:00Z  0");
        assertThat(SvGroupsCli.formatLinks(List.of())).isEqualTo("no active invite links\n");
        assertThat(SvGroupsCli.formatRequests(List.of(new LinkRequest(JidCreate.entityBareFrom("abc@groups.example"),
                JidCreate.entityBareFrom("dave@example"), "", Instant.parse("2026-11-25T10:05:00Z")))).lines().toList())
                .containsExactly("GROUP               USER          SINCE", "abc@groups.example  dave@example  2026-11-25T10:05:00Z");
        assertThat(SvGroupsCli.formatRequests(List.of())).isEqualTo("no pending join requests\n");
    }
}
