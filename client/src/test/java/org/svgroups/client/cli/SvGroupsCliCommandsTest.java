package org.svgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svgroups.client.FakeGroupServer;
import org.svgroups.client.GroupInvitations;
import org.svgroups.client.Shares;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.packet.AcceptIq;
import org.svgroups.client.packet.LeaveIq;
import org.svgroups.client.packet.ModerateIq;
import org.svgroups.client.packet.OutOfBandData;
import org.svgroups.client.packet.RetractElement;
import org.svgroups.client.packet.ReportIq;
import org.svgroups.client.packet.ShareElement;

/** The commands end to end against the scripted server. */
class SvGroupsCliCommandsTest {

    private static final String[] LOGIN = {"--host", "127.0.0.1", "--user", "alice", "--password", "secret"};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private FakeGroupServer server;

    @BeforeEach
    void connect() throws Exception {
        server = FakeGroupServer.loggedIn("alice");
        server.addRoom("abc@groups.svgroups.test");
        server.addRoom("k3xq7vbm2ard@groups.svgroups.test");
    }

    @AfterEach
    void disconnect() {
        server.disconnect();
    }

    private int run(String... command) {
        String[] argv = new String[LOGIN.length + command.length];
        System.arraycopy(LOGIN, 0, argv, 0, LOGIN.length);
        System.arraycopy(command, 0, argv, LOGIN.length, command.length);
        SvGroupsCli cli = new SvGroupsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), config -> {
                    GroupInvitations.getInstanceFor(server).setInvitationGrace(Duration.ofMillis(20));
                    return SvGroupsClient.over(server);
                });
        return cli.run(argv);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createGroupPrintsTheNewJidOnly() {
        assertThat(run("create-group", "Dance crew", "bob")).isZero();

        assertThat(out()).matches("[a-z2-7]{12}@groups\\.svgroups\\.test\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void aRefusedInvitationIsOneLineOnStderrAndExitOne() {
        server.inviteError = FakeGroupServer.error("cancel", "policy-violation",
                "The group has reached its member cap of 32", "<group-full xmlns='urn:svgroups:errors:0'/>");

        int status = run("invite", "k3xq7vbm2ard", "zoe");

        assertThat(status).isEqualTo(SvGroupsCli.EXIT_FAILURE);
        assertThat(err()).isEqualTo(
                "svgroups-cli: refused: group-full (policy-violation): The group has reached its member cap of 32\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void createGroupStillPrintsTheJidWhenAnInitialInvitationIsRefused() {
        server.inviteError = FakeGroupServer.error("cancel", "policy-violation", "full",
                "<group-full xmlns='urn:svgroups:errors:0'/>");

        assertThat(run("create-group", "Crew", "bob")).isEqualTo(SvGroupsCli.EXIT_FAILURE);

        assertThat(out()).matches("[a-z2-7]{12}@groups\\.svgroups\\.test\n");
        assertThat(err()).isEqualTo("svgroups-cli: refused: group-full (policy-violation): full\n");
    }

    @Test
    void listGroupsPrintsATable() {
        server.groupsResult = "<groups xmlns='urn:svgroups:0'>"
                + "<group jid='abc@groups.svgroups.test' name='Dance crew' affiliation='owner' members='3' cap='32'/></groups>";

        assertThat(run("list-groups")).isZero();

        assertThat(out()).isEqualTo("GROUP                     NAME        ROLE   MEMBERS\n"
                + "abc@groups.svgroups.test  Dance crew  owner  3/32\n");
    }

    @Test
    void sendJoinsPostsTheWordsAndExits() {
        assertThat(run("send", "abc@groups.svgroups.test", "hello", "world")).isZero();

        Message sent = server.sent(Message.class, m -> m.getType() == Message.Type.groupchat).get(0);
        assertThat(sent.getBody()).isEqualTo("hello world");
        assertThat(server.sent(Presence.class, p -> p.getType() == Presence.Type.unavailable && p.getTo() != null))
                .extracting(p -> p.getTo().toString()).containsExactly("abc@groups.svgroups.test/alice");
    }

    @Test
    void retractSendsTheRetractionOfTheIdAndExits() {
        assertThat(run("retract", "abc", "s-1")).isZero();

        Message sent = server.sent(Message.class, m -> m.getType() == Message.Type.groupchat).get(0);
        assertThat(sent.getTo().toString()).isEqualTo("abc@groups.svgroups.test");
        assertThat(RetractElement.from(sent).getId()).isEqualTo("s-1");
        assertThat(sent.getBody()).isEqualTo("/me retracted a previous message, but it's unsupported by your client.");
        assertThat(err()).isEmpty();
    }

    @Test
    void moderateSendsTheRequestWithTheReason() {
        assertThat(run("moderate", "abc", "s-1", "--reason", "spam")).isZero();

        assertThat(server.sent(IQ.class, iq -> iq instanceof ModerateIq).get(0).toXML().toString())
                .contains("id='s-1'").contains("<reason>spam</reason>");
        assertThat(out()).isEmpty();
    }

    @Test
    void aRefusedModerationIsTheUsualOneLine() {
        server.moderateError = FakeGroupServer.error("auth", "forbidden",
                "Only the group's owners and admins can retract other people's messages.",
                "<not-moderator xmlns='urn:svgroups:errors:0'/>");
        assertThat(run("moderate", "abc", "s-2")).isEqualTo(SvGroupsCli.EXIT_FAILURE);
        assertThat(err()).isEqualTo("svgroups-cli: refused: not-moderator (forbidden): "
                + "Only the group's owners and admins can retract other people's messages.\n");
    }

    @Test
        void reportSendsTheReportAndPrintsItsNumber() {
        assertThat(run("report", "abc", "harassment", "message", "sid-7", "every", "day")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("4242" + System.lineSeparator());
        assertThat(server.sent(IQ.class, iq -> iq instanceof ReportIq)).singleElement()
                .satisfies(iq -> assertThat(iq.toXML().toString().replace('"', '\'')).contains("to='abc@groups.svgroups.test'",
                        "reason='harassment'", "<message id='sid-7'/>", "<text>every day</text>"));
    }

    @Test
    void reportNamesAMemberByTheirJid() {
        assertThat(run("report", "abc", "hate", "member", "bob")).isZero();

        assertThat(server.sent(IQ.class, iq -> iq instanceof ReportIq)).singleElement()
                .satisfies(iq -> assertThat(iq.toXML().toString().replace('"', '\''))
                        .contains("<member jid='bob@svgroups.test'/>").doesNotContain("<text>"));
    }

    @Test
    void aReportWithAnUnknownReasonIsAUsageErrorAndSendsNothing() {
        assertThat(run("report", "abc", "rude", "group")).isEqualTo(SvGroupsCli.EXIT_USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown reason 'rude'");
        assertThat(server.sent(IQ.class, iq -> iq instanceof ReportIq)).isEmpty();
    }

    @Test
    void leaveResolvesABareIdAgainstTheService() {
        assertThat(run("leave", "abc")).isZero();

        IQ leave = server.sent(IQ.class, iq -> iq instanceof LeaveIq).get(0);
        assertThat(leave.getTo().toString()).isEqualTo("abc@groups.svgroups.test");
    }

    @Test
    void listenPrintsMessagesFromTheRoomUntilTheTimeIsUp() {
        // Queued behind the join's answers, so they arrive once alice is in the room.
        Thread pusher = new Thread(() -> {
            try {
                while (server.sent(Presence.class, p -> p.getTo() != null && p.getTo().hasResource()).isEmpty()) {
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                return;
            }
            server.push("<message xmlns='jabber:client' type='groupchat' id='m1' from='abc@groups.svgroups.test/bob' to='"
                    + server.getUser() + "'><body>first</body></message>",
                    "<message xmlns='jabber:client' type='groupchat' id='m2' from='abc@groups.svgroups.test/carol' to='"
                    + server.getUser() + "'><body>second</body></message>");
        });
        pusher.start();

        assertThat(run("listen", "abc", "1")).isZero();

        assertThat(out()).isEqualTo("bob: first\ncarol: second\n");
    }

    @Test
    void shareVideoPostsTheShareAndPrintsWhatTheGroupGot() {
        server.deliveredPayload = "<body>Dance Tutorial (part 1) https://videos.example/v/123</body>"
                + "<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example/v/123'"
                + " verified='true'><title>Dance Tutorial (part 1)</title></share>";

        assertThat(run("share-video", "abc", "https://videos.example/v/123", "--title", "Dance tutorial")).isZero();

        Message sent = server.sent(Message.class, m -> m.getType() == Message.Type.groupchat).get(0);
        assertThat(sent.getTo().toString()).isEqualTo("abc@groups.svgroups.test");
        assertThat(sent.getBody()).isEqualTo("Dance tutorial https://videos.example/v/123");
        assertThat(ShareElement.from(sent)).singleElement().satisfies(e -> assertThat(e.getShare())
                .contains(Shares.video("123", "https://videos.example/v/123", "Dance tutorial")));
        assertThat(OutOfBandData.from(sent).map(OutOfBandData::getUrl)).contains("https://videos.example/v/123");
        assertThat(out()).isEqualTo("alice shared video 123: Dance Tutorial (part 1) https://videos.example/v/123 (verified)\n");
        assertThat(err()).isEmpty();
        // Like send: in and out of the room.
        assertThat(server.sent(Presence.class, p -> p.getType() == Presence.Type.unavailable && p.getTo() != null))
                .extracting(p -> p.getTo().toString()).containsExactly("abc@groups.svgroups.test/alice");
    }

    @Test
    void shareProductSendsThePrice() {
        assertThat(run("share-product", "abc", "https://shop.example/p/hoodie-42", "--price", "19.99", "--currency",
                "EUR", "--id", "hoodie-42", "--title", "Crew hoodie")).isZero();

        Message sent = server.sent(Message.class, m -> m.getType() == Message.Type.groupchat).get(0);
        assertThat(sent.toXML().toString()).contains("<share xmlns='urn:svgroups:share:0' kind='product' id='hoodie-42'"
                + " url='https://shop.example/p/hoodie-42'><title>Crew hoodie</title><price currency='EUR'>19.99</price></share>");
        // The scripted server reflects the share as sent: no verdict.
        assertThat(out()).isEqualTo("alice shared product hoodie-42: Crew hoodie for 19.99 EUR https://shop.example/p/hoodie-42\n");
    }

    @Test
    void aRefusedShareIsTheUsualOneLine() {
        server.messageError = FakeGroupServer.error("modify", "not-acceptable",
                "Only content from videos.example can be shared into groups.",
                "<share-origin-not-allowed xmlns='urn:svgroups:errors:0'/>");

        assertThat(run("share-video", "abc", "https://evil.example/v/123")).isEqualTo(SvGroupsCli.EXIT_FAILURE);

        assertThat(err()).isEqualTo("svgroups-cli: refused: share-origin-not-allowed (not-acceptable): "
                + "Only content from videos.example can be shared into groups.\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void aWrongShareCommandLineConnectsToNothing() {
        assertThat(run("share-product", "abc", "https://shop.example/p/1", "--price", "3")).isEqualTo(SvGroupsCli.EXIT_USAGE);

        assertThat(err()).isEqualTo("svgroups-cli: share-product needs --currency\nTry 'svgroups-cli help'.\n");
        assertThat(server.sent).isEmpty();
    }

    @Test
    void listenPrintsSharesAsSharesAndTextAsText() {
        Thread pusher = new Thread(() -> {
            try {
                while (server.sent(Presence.class, p -> p.getTo() != null && p.getTo().hasResource()).isEmpty()) {
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                return;
            }
            String from = "' from='abc@groups.svgroups.test/";
            server.push("<message xmlns='jabber:client' type='groupchat' id='m1" + from + "alice' to='" + server.getUser()
                    + "'><body>Dance tutorial https://videos.example/v/123</body><share xmlns='urn:svgroups:share:0'"
                    + " kind='video' id='123' url='https://videos.example/v/123' verified='true'><title>Dance tutorial</title>"
                    + "</share></message>",
                    "<message xmlns='jabber:client' type='groupchat' id='m2" + from + "bob' to='" + server.getUser()
                    + "'><body>https://shop.example/p/hoodie-42</body><share xmlns='urn:svgroups:share:0' kind='product'"
                    + " id='hoodie-42' url='https://shop.example/p/hoodie-42' verified='false'>"
                    + "<price currency='EUR'>19.99</price></share></message>",
                    "<message xmlns='jabber:client' type='groupchat' id='m3" + from + "carol' to='" + server.getUser()
                    + "'><body>nice</body></message>",
                    "<message xmlns='jabber:client' type='groupchat' id='m4" + from + "dave' to='" + server.getUser()
                    + "'><body>broken https://videos.example/v/1</body><share xmlns='urn:svgroups:share:0' kind='movie'"
                    + " id='1' url='https://videos.example/v/1'/></message>");
        });
        pusher.start();

        assertThat(run("listen", "abc", "1")).isZero();

        assertThat(out()).isEqualTo("alice shared video 123: Dance tutorial https://videos.example/v/123 (verified)\n"
                + "bob shared product hoodie-42: 19.99 EUR https://shop.example/p/hoodie-42 (unverified)\n"
                + "carol: nice\n"
                + "dave: broken https://videos.example/v/1\n");
    }

    @Test
    void invitationsPrintsReceivedAndSent() {
        server.invitationsResult = "<invitations xmlns='urn:svgroups:0'>"
                + "<received group='abc@groups.svgroups.test' name='Dance crew' inviter='bob@svgroups.test'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'><reason>join us</reason></received>"
                + "<sent group='abc@groups.svgroups.test' name='Dance crew' invitee='carol@svgroups.test'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'/></invitations>";

        assertThat(run("invitations")).isZero();

        assertThat(out()).isEqualTo("received:\n"
                + "GROUP                     NAME        FROM               EXPIRES               REASON\n"
                + "abc@groups.svgroups.test  Dance crew  bob@svgroups.test  2026-12-02T10:00:00Z  join us\n"
                + "\n"
                + "sent:\n"
                + "GROUP                     NAME        TO                   EXPIRES               REASON\n"
                + "abc@groups.svgroups.test  Dance crew  carol@svgroups.test  2026-12-02T10:00:00Z\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void noInvitationsIsOneLine() {
        assertThat(run("invitations")).isZero();

        assertThat(out()).isEqualTo("no pending invitations\n");
    }

    @Test
    void acceptSendsAcceptToTheGroupAndPrintsNothing() {
        assertThat(run("accept", "abc")).isZero();

        IQ accept = server.sent(IQ.class, iq -> iq instanceof AcceptIq).get(0);
        assertThat(accept.getTo().toString()).isEqualTo("abc@groups.svgroups.test");
        assertThat(out()).isEmpty();
        assertThat(err()).isEmpty();
    }

    @Test
    void aRefusedAcceptIsTheUsualOneLine() {
        server.acceptError = FakeGroupServer.error("cancel", "not-allowed", "The group has reached its member cap of 32.",
                "<group-full xmlns='urn:svgroups:errors:0'/>");

        assertThat(run("accept", "abc")).isEqualTo(SvGroupsCli.EXIT_FAILURE);

        assertThat(err()).isEqualTo(
                "svgroups-cli: refused: group-full (not-allowed): The group has reached its member cap of 32.\n");
    }

    @Test
    void declineFindsTheInviterAndSendsTheReason() {
        server.invitationsResult = "<invitations xmlns='urn:svgroups:0'>"
                + "<received group='abc@groups.svgroups.test' inviter='bob@svgroups.test'"
                + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'/></invitations>";

        assertThat(run("decline", "abc", "not my thing")).isZero();

        Message decline = server.sent(Message.class, m -> MUCUser.from(m) != null).get(0);
        assertThat(decline.getTo().toString()).isEqualTo("abc@groups.svgroups.test");
        assertThat(MUCUser.from(decline).getDecline().getTo().toString()).isEqualTo("bob@svgroups.test");
        assertThat(MUCUser.from(decline).getDecline().getReason()).isEqualTo("not my thing");
        assertThat(out()).isEmpty();
    }

    @Test
    void declineWithoutAPendingInvitationFails() {
        assertThat(run("decline", "abc")).isEqualTo(SvGroupsCli.EXIT_FAILURE);

        assertThat(err()).isEqualTo("svgroups-cli: decline: no pending invitation to abc@groups.svgroups.test"
                + " (it may have expired or been answered already)\n");
        assertThat(server.sent(Message.class, m -> MUCUser.from(m) != null)).isEmpty();
    }

    @Test
    void inviteDirectSendsAXep0249InvitationToTheUser() {
        assertThat(run("invite-direct", "abc", "bob", "dance?")).isZero();

        Message invitation = server.sent(Message.class, m -> GroupChatInvitation.from(m) != null).get(0);
        assertThat(invitation.getTo().toString()).isEqualTo("bob@svgroups.test");
        assertThat(GroupChatInvitation.from(invitation).getRoomAddress()).isEqualTo("abc@groups.svgroups.test");
    }

    @Test
    void aRefusedDirectInvitationIsTheUsualOneLine() {
        server.directInviteError = FakeGroupServer.error("auth", "forbidden", "You can only invite your friends.",
                "<not-friends xmlns='urn:svgroups:errors:0'/>");

        assertThat(run("invite-direct", "abc", "zoe")).isEqualTo(SvGroupsCli.EXIT_FAILURE);

        assertThat(err()).isEqualTo("svgroups-cli: refused: not-friends (forbidden): You can only invite your friends.\n");
        assertThat(out()).isEmpty();
    }
}
