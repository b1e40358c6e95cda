package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.svgroups.it.ArchivedHistory.idOf;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportTarget;

/**
 * Members report a message (by its stanza-id), a member or the whole group (urn:svgroups:report:0); a repeated
 * report is the same report; what the reporter cannot see, texts out of bounds, outsiders and too many reports are
 * refused with a clear error and nothing stored.
 */
@ExtendWith(RealOpenfire.class)
class ReportsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NAMESPACE = "urn:svgroups:report:0";
    private static final String OMEMO_NS = "eu.siacs.conversations.axolotl";

    @Test
    void theGroupAdvertisesReports() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = bob.createGroup("Reports disco", List.of("alice")).jid();
            assertThat(ServiceDiscoveryManager.getInstanceFor(bob.connection()).discoverInfo(group).getFeatures())
                    .extracting(feature -> feature.getVar()).contains(NAMESPACE);
        }
    }

    @Test
    void aMemberReportsAMessageByItsStanzaIdOnceHoweverOftenTheyAsk() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = bob.createGroup("Reports messages", List.of("alice", "dave")).jid();
            bob.send(group, "first");
            bob.send(group, "you are <b>stupid</b>");
            // Reported at once: the message may still wait to be written to the archive.
            String id = idOf(alice, group, "you are <b>stupid</b>");

            String report = alice.report(group, ReportTarget.message(id), ReportReason.HARASSMENT, "He keeps <i>doing</i> this", null);
            assertThat(report).matches("[0-9]+");
            assertThat(alice.report(group, ReportTarget.message(id), ReportReason.SPAM, "again", null))
                    .as("a repeated report is the same report").isEqualTo(report);
            String daves = dave.report(group, ReportTarget.message(id), ReportReason.HARASSMENT, null, null);
            assertThat(daves).as("another member's report is their own").isNotEqualTo(report);
        }
    }

    @Test
    void theAppsBackendIsToldOfEachNewReportOnce(TestNotifyEndpoint endpoint) throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = bob.createGroup("Reports notify", List.of("dave")).jid();
            bob.send(group, "buy my coins");
            String id = idOf(dave, group, "buy my coins");

            String report = dave.report(group, ReportTarget.message(id), ReportReason.SCAM, null, null);
            dave.report(group, ReportTarget.message(id), ReportReason.SCAM, "again", null);

            JSONObject event = endpoint.awaitEvent(e -> "report".equals(e.optString("kind"))
                    && report.equals(e.getJSONObject("report").optString("id")), WAIT).orElseThrow();
            assertThat(event.getString("group")).isEqualTo(group.toString());
            assertThat(event.getString("groupName")).isEqualTo("Reports notify");
            assertThat(event.getString("sender")).as("the reporter, for the operator").isEqualTo(Members.jid("dave"));
            assertThat(event.getString("archiveId")).isEqualTo(id);
            assertThat(event.getJSONArray("absent").length()).isZero();
            JSONObject told = event.getJSONObject("report");
            assertThat(told.getString("reason")).isEqualTo("scam");
            assertThat(told.getString("target")).isEqualTo("message");
            assertThat(told.getString("reported")).isEqualTo(Members.jid("bob"));
            assertThat(told.getBoolean("minor")).isFalse();
            Thread.sleep(1_000);
            assertThat(endpoint.events(e -> "report".equals(e.optString("kind"))
                    && report.equals(e.getJSONObject("report").optString("id")))).as("a repeat is not told again").hasSize(1);
        }
    }

    @Test
    void anXep0377ReportInABlockReportsTheGroupsMessagesItNames(TestNotifyEndpoint endpoint) throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = bob.createGroup("Reports 0377", List.of("dave")).jid();
            bob.send(group, "free followers, click here");
            String id = idOf(dave, group, "free followers, click here");
            String block = "<block xmlns='urn:xmpp:blocking'><item jid='" + Members.jid("bob") + "'>"
                    + "<report xmlns='urn:xmpp:reporting:1' reason='urn:xmpp:reporting:spam'>"
                    + "<stanza-id xmlns='urn:xmpp:sid:0' by='" + group + "' id='" + id + "'/>"
                    + "<stanza-id xmlns='urn:xmpp:sid:0' by='" + group + "' id='forged'/>"
                    + "<text>bought followers spam</text></report></item></block>";
            try {
                RawIqs.set(dave, null, block);

                JSONObject event = endpoint.awaitEvent(e -> "report".equals(e.optString("kind"))
                        && id.equals(e.optString("archiveId")), WAIT).orElseThrow();
                assertThat(event.getString("sender")).isEqualTo(Members.jid("dave"));
                assertThat(event.getJSONObject("report").getString("reason")).isEqualTo("spam");
                assertThat(event.getJSONObject("report").getString("reported")).isEqualTo(Members.jid("bob"));
                assertThat(dave.report(group, ReportTarget.message(id), ReportReason.SPAM, null, null))
                        .as("the same report as the block's").isEqualTo(event.getJSONObject("report").getString("id"));
            } finally {
                Blocking.unblock(dave.connection(), JidCreate.bareFrom(Members.jid("bob")));
            }
        }
    }

    @Test
    void aMemberOrTheWholeGroupCanBeReported() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice")) {
            EntityBareJid group = bob.createGroup("Reports members", List.of("alice", "carol")).jid();

            String member = alice.report(group, ReportTarget.member(Members.jid("bob")), ReportReason.HATE, null, null);
            String whole = alice.report(group, ReportTarget.group(group.toString()), ReportReason.SCAM, "a scam group", null);
            assertThat(member).isNotEqualTo(whole);
            assertThat(alice.report(group, ReportTarget.member(Members.jid("bob") + "/phone"), ReportReason.HATE, null, null))
                    .as("a full JID names the same member").isEqualTo(member);

            assertRefused(() -> alice.report(group, ReportTarget.member(Members.jid(RealOpenfire.STRANGER)),
                    ReportReason.HATE, null, null), AppCondition.REPORT_TARGET_UNKNOWN, "is not a member of this group");
            assertRefused(() -> alice.report(group, ReportTarget.member(Members.jid("alice")), ReportReason.HATE, null, null),
                    AppCondition.REPORT_INVALID, "You cannot report yourself.");
            assertRefused(() -> alice.report(group, ReportTarget.member("not a jid@@"), ReportReason.HATE, null, null),
                    AppCondition.REPORT_INVALID, "exactly one of");
        }
    }

    @Test
    void aMessageTheReporterCannotSeeIsUnknownWhateverTheReason() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = bob.createGroup("Reports unseen", List.of("alice")).jid();
            EntityBareJid other = bob.createGroup("Reports elsewhere", List.of("alice", "dave")).jid();
            alice.join(group);
            bob.send(group, "before dave");
            String before = idOf(bob, group, "before dave");
            bob.send(other, "in the other group");
            String elsewhere = idOf(bob, other, "in the other group");
            bob.invite(group, "dave", "join us");

            for (String id : List.of(before, elsewhere, UUID.randomUUID().toString(), "x".repeat(300))) {
                assertRefused(() -> dave.report(group, ReportTarget.message(id), ReportReason.SPAM, null, null),
                        AppCondition.REPORT_TARGET_UNKNOWN, "that you may read");
            }
            assertThat(alice.report(group, ReportTarget.message(before), ReportReason.SPAM, null, null))
                    .as("the positive control: alice saw it").matches("[0-9]+");
        }
    }

    @Test
    void outsidersAndMissingGroupsAreRefused() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient sam = Users.connect(RealOpenfire.STRANGER)) {
            EntityBareJid group = bob.createGroup("Reports outsiders", List.of("alice")).jid();
            bob.send(group, "hello");
            String id = idOf(alice, group, "hello");

            assertRefused(() -> sam.report(group, ReportTarget.message(id), ReportReason.SPAM, null, null),
                    AppCondition.NOT_MEMBER, "Only the group's members may report in it.");
            Throwable missing = catchThrowable(() -> sam.report(JidCreate.entityBareFrom("no-such-group@" + RealOpenfire.SERVICE),
                    ReportTarget.group("no-such-group@" + RealOpenfire.SERVICE), ReportReason.SPAM, null, null));
            assertThat(missing).isInstanceOfSatisfying(SvGroupsException.Refused.class, e ->
                    assertThat(e.getRefusal().stanzaCondition()).isEqualTo(StanzaError.Condition.item_not_found));
        }
    }

    @Test
    void textsOutOfBoundsAndMalformedReportsAreBadRequests() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice")) {
            EntityBareJid group = bob.createGroup("Reports bad input", List.of("alice")).jid();
            bob.send(group, "hello");
            String id = idOf(alice, group, "hello");

            assertRefused(() -> alice.report(group, ReportTarget.message(id), ReportReason.OTHER, "x".repeat(1_001), null),
                    AppCondition.REPORT_INVALID, "at most 1000 characters");
            assertRefused(() -> alice.report(group, ReportTarget.message(id), ReportReason.OTHER, null, "y".repeat(4_001)),
                    AppCondition.REPORT_INVALID, "at most 4000 characters");
            assertRefused(() -> alice.report(group, ReportTarget.member(Members.jid("bob")), ReportReason.OTHER, null, "seen"),
                    AppCondition.REPORT_INVALID, "Only a message report carries what you saw.");
            for (String raw : List.of("<report xmlns='" + NAMESPACE + "' reason='rude'><group/></report>",
                    "<report xmlns='" + NAMESPACE + "'><group/></report>",
                    "<report xmlns='" + NAMESPACE + "' reason='spam'/>",
                    "<report xmlns='" + NAMESPACE + "' reason='spam'><group/><message id='" + id + "'/></report>",
                    "<report xmlns='" + NAMESPACE + "' reason='spam'><message/></report>")) {
                Throwable thrown = catchThrowable(() -> RawIqs.set(alice, group, raw));
                assertThat(thrown).as(raw).isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getRefusal().stanzaCondition()).isEqualTo(StanzaError.Condition.bad_request);
                    assertThat(e.getRefusal().is(AppCondition.REPORT_INVALID)).isTrue();
                });
            }
            assertThat(alice.report(group, ReportTarget.message(id), ReportReason.OTHER, "x".repeat(1_000), null))
                    .as("the positive control: 1,000 characters fit").matches("[0-9]+");
        }
    }

    @Test
    void anEncryptedMessageIsReportedWithWhatTheReporterSaw() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = bob.createGroup("Reports encrypted", List.of("dave")).jid();
            String encrypted = "<encrypted xmlns='" + OMEMO_NS + "'><header sid='1'><key rid='2'>AAAA</key><iv>AAAA</iv>"
                    + "</header><payload>AAAA</payload></encrypted>";
            bob.join(group);
            Message omemo = StanzaBuilder.buildMessage("report-" + UUID.randomUUID()).to(group).ofType(Message.Type.groupchat)
                    .addExtension(new RawXml("encrypted", OMEMO_NS, encrypted)).build();
            StanzaCollector reflection = bob.connection().createStanzaCollector(new StanzaIdFilter(omemo.getStanzaId()));
            try {
                bob.connection().sendStanza(omemo);
                assertThat((Object) reflection.nextResult(WAIT.toMillis())).isNotNull();
            } finally {
                reflection.cancel();
            }
            HistoryMessage archived = dave.history(group, 5, null).messages().get(0);
            assertThat(archived.body()).isNull();

            assertThat(dave.report(group, ReportTarget.message(archived.id()), ReportReason.SEXUAL, null,
                    "a picture I did not want")).matches("[0-9]+");
        }
    }

    @Test
    void reportsAreRateLimitedPerReporterAndARepeatIsNotCounted() throws Exception {
        String reporter = RealOpenfire.numbered(30);
        try (SvGroupsClient owner = Users.connect(reporter); SvGroupsClient alice = Users.connect("alice")) {
            EntityBareJid group = owner.createGroup("Reports rate", List.of("alice")).jid();
            alice.join(group);
            for (int i = 1; i <= RealOpenfire.REPORTS_PER_HOUR + 1; i++) {
                alice.send(group, "spam " + i);
            }
            idOf(owner, group, "spam " + (RealOpenfire.REPORTS_PER_HOUR + 1));
            List<HistoryMessage> messages = owner.history(group, 50, null).messages();
            assertThat(messages).hasSize(RealOpenfire.REPORTS_PER_HOUR + 1);
            String first = null;
            for (int i = 0; i < RealOpenfire.REPORTS_PER_HOUR; i++) {
                String report = owner.report(group, ReportTarget.message(messages.get(i).id()), ReportReason.SPAM, null, null);
                first = first == null ? report : first;
            }
            String firstAgain = owner.report(group, ReportTarget.message(messages.get(0).id()), ReportReason.SPAM, null, null);
            assertThat(firstAgain).as("a repeat is answered, not counted").isEqualTo(first);
            assertRefused(() -> owner.report(group, ReportTarget.message(messages.get(RealOpenfire.REPORTS_PER_HOUR).id()),
                    ReportReason.SPAM, null, null), AppCondition.RATE_LIMITED, "reports per hour");
            assertThat(alice.report(group, ReportTarget.message(messages.get(RealOpenfire.REPORTS_PER_HOUR).id()),
                    ReportReason.SPAM, null, null)).as("another reporter's allowance is their own").matches("[0-9]+");
        }
    }

    private static void assertRefused(ThrowingCall call, AppCondition condition, String text) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
            assertThat(e.getRefusal().is(condition)).as(e.getRefusal().toString()).isTrue();
            assertThat(e.getRefusal().stanzaCondition().toString()).isEqualTo(condition.stanzaCondition());
            assertThat(e.getRefusal().text()).contains(text);
        });
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
