package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.FromMatchesFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.GroupChat;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.HistoryPage;
import org.svgroups.client.Shares;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.it.server.OpenfireInstance;

/**
 * Every group keeps its history on the server and serves it with XEP-0313 (urn:xmpp:mam:2): the stanza-id members
 * receive live is the archive's id; pages go back with RSM, filters by time and id, metadata; shares and encrypted
 * messages are archived as delivered; only owners, admins and members read, from their membership on; bad queries
 * get a clear error; a dissolved group's archive is gone.
 */
@ExtendWith(RealOpenfire.class)
class ArchiveIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MAM = Mam.NAMESPACE;
    private static final String OMEMO_NS = "eu.siacs.conversations.axolotl";

    @Test
    void theGroupAdvertisesItsArchive() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = bob.createGroup("Archive disco", List.of("alice")).jid();
            assertThat(ServiceDiscoveryManager.getInstanceFor(bob.connection()).discoverInfo(group).getFeatures())
                    .extracting(feature -> feature.getVar()).containsOnlyOnce(MAM, MAM + "#extended")
                    .doesNotContain("urn:xmpp:mam:0", "urn:xmpp:mam:1");
        }
    }

    @Test
    void theLiveStanzaIdIsTheArchiveIdAndPagesGoBackToTheStart() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice")) {
            EntityBareJid group = bob.createGroup("Archive paging", List.of("alice")).jid();
            alice.join(group);
            List<String> liveIds = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String text = "paging " + i;
                bob.send(group, text);
                GroupMessage atAlice = alice.awaitMessage(group, m -> text.equals(m.body()), WAIT).orElseThrow();
                liveIds.add(Mam.stanzaId(atAlice.stanza(), group));
            }

            HistoryPage last = ArchivedHistory.await(alice, group, 2,
                    page -> page.messages().size() == 2 && liveIds.get(4).equals(page.messages().get(1).id()));
            assertThat(last.messages()).extracting(HistoryMessage::body).containsExactly("paging 4", "paging 5");
            assertThat(last.messages()).extracting(HistoryMessage::id).containsExactlyElementsOf(liveIds.subList(3, 5));
            assertThat(last.messages()).extracting(HistoryMessage::nickname).containsOnly("bob");
            assertThat(last.complete()).isFalse();
            HistoryPage middle = alice.history(group, 2, last.earliestId());
            assertThat(middle.messages()).extracting(HistoryMessage::id).containsExactlyElementsOf(liveIds.subList(1, 3));
            HistoryPage first = alice.history(group, 2, middle.earliestId());
            assertThat(first.messages()).extracting(HistoryMessage::body).containsExactly("paging 1");
            assertThat(first.complete()).isTrue();
            assertThat(first.messages().get(0).sentAt()).isBefore(Instant.now().plusSeconds(1));

            // Forward paging, time and id filters, and the metadata, in plain XEP-0313.
            String forward = Mam.query(alice, group, Mam.form("after-id", liveIds.get(0), "before-id", liveIds.get(4)), "<max>10</max>");
            assertThat(forward).contains("complete='true'").contains("<first>" + liveIds.get(1) + "</first>")
                    .contains("<last>" + liveIds.get(3) + "</last>");
            String afterRsm = Mam.query(alice, group, "", "<max>2</max><after>" + liveIds.get(1) + "</after>");
            assertThat(afterRsm).contains("complete='false'").contains("<first>" + liveIds.get(2) + "</first>");
            String future = Mam.query(alice, group, Mam.form("start", Instant.now().plusSeconds(3600).toString()), "");
            assertThat(future).contains("complete='true'").doesNotContain("<first>");
            String past = Mam.query(alice, group, Mam.form("end", "2000-01-01T00:00:00Z"), "");
            assertThat(past).doesNotContain("<first>");
            String metadata = Mam.iq(alice, group, IQ.Type.get, "metadata", "");
            assertThat(metadata).contains("<start id='" + liveIds.get(0) + "'").contains("<end id='" + liveIds.get(4) + "'");
            String fields = Mam.iq(alice, group, IQ.Type.get, "query", "");
            assertThat(fields).contains("var='start'").contains("var='before-id'");
        }
    }

    @Test
    void sharesAndEncryptedMessagesAreArchivedAsDelivered() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = bob.createGroup("Archive shares", List.of("dave")).jid();
            dave.join(group);
            GroupMessage shared = bob.share(group, Shares.video(TestCatalogue.TALLY.id(), TestCatalogue.TALLY.url(), "x"));
            String encrypted = "<encrypted xmlns='" + OMEMO_NS + "'><header sid='1'><key rid='2'>AAAA</key><iv>AAAA</iv>"
                    + "</header><payload>AAAA</payload></encrypted>";
            Message omemo = StanzaBuilder.buildMessage("archive-" + UUID.randomUUID()).to(group).ofType(Message.Type.groupchat)
                    .addExtension(new RawXml("encrypted", OMEMO_NS, encrypted)).build();
            StanzaCollector reflection = bob.connection().createStanzaCollector(new StanzaIdFilter(omemo.getStanzaId()));
            try {
                bob.connection().sendStanza(omemo);
                assertThat((Object) reflection.nextResult(WAIT.toMillis())).as("the group's copy of the encrypted message")
                        .isNotNull();
            } finally {
                reflection.cancel();
            }

            HistoryPage page = ArchivedHistory.awaitCount(dave, group, 10, 2);
            assertThat(page.messages()).hasSize(2);
            assertThat(page.messages().get(0).id()).isEqualTo(Mam.stanzaId(shared.stanza(), group));
            ExtensionElement share = page.messages().get(0).message().getExtension("share", "urn:svgroups:share:0");
            assertThat((Object) share).as("the share as delivered").isNotNull();
            assertThat(share.toXML().toString()).as("as the catalogue verified it").contains("verified");
            Message archivedOmemo = page.messages().get(1).message();
            assertThat(archivedOmemo.getBody()).isNull();
            assertThat(StanzaXml.canonical(archivedOmemo.getExtension("encrypted", OMEMO_NS).toXML().toString()))
                    .isEqualTo(StanzaXml.canonical(encrypted));
        }
    }

    @Test
    void onlyOwnersAdminsAndMembersNowMayRead() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient carol = Users.connect("carol"); SvGroupsClient sam = Users.connect(RealOpenfire.STRANGER);
             SvGroupsClient ben = Users.connect(RealOpenfire.BOBS_FRIEND);
             SvGroupsClient tess = Users.connect(RealOpenfire.MINOR)) {
            EntityBareJid group = bob.createGroup("Archive readers", List.of("alice", "carol")).jid();
            bob.send(group, "members only");
            assertThat(ArchivedHistory.awaitCount(alice, group, 5, 1).messages()).extracting(HistoryMessage::body).containsExactly("members only");

            carol.leave(group);
            joined(bob, group);
            MultiUserChatManager.getInstanceFor(bob.connection()).getMultiUserChat(group)
                    .banUser(JidCreate.entityBareFrom(Members.jid(RealOpenfire.BOBS_FRIEND)), "no");
            alice.invite(group, RealOpenfire.MINOR, "come");

            for (SvGroupsClient outsider : List.of(carol, sam, ben, tess)) {
                assertRefused(() -> outsider.history(group, 5, null), StanzaError.Condition.forbidden,
                        "Only the group's owners, admins and members may read its history.");
            }
            assertRefused(() -> sam.history(JidCreate.entityBareFrom("no-such-group@" + RealOpenfire.SERVICE), 5, null),
                    StanzaError.Condition.item_not_found, "No such group.");
        }
    }

    /** Needs the membership hooks to record when each person became a member (ofSvgMemberSince). */
    @Test
    void aLateJoinerReadsFromTheMomentTheyBecameAMember() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = bob.createGroup("Archive late joiner", List.of("alice")).jid();
            bob.send(group, "before dave");
            bob.invite(group, "dave", "join us");
            bob.send(group, "after dave");

            assertThat(ArchivedHistory.awaitCount(dave, group, 10, 1).messages()).extracting(HistoryMessage::body).containsExactly("after dave");

            // Nor does the room's XEP-0045 discussion history show it to him when he enters as a plain client does,
            // asking for the server's default history: Openfire sends history before the entering presence, so it
            // would be here by the time the join returns.
            MultiUserChat room = MultiUserChatManager.getInstanceFor(dave.connection()).getMultiUserChat(group);
            List<String> received = new CopyOnWriteArrayList<>();
            room.addMessageListener(message -> {
                if (message.getBody() != null) {
                    // The subject, sent on entering, has none.
                    received.add(message.getBody());
                }
            });
            room.join(room.getEnterConfigurationBuilder(Resourcepart.from("dave")).build());
            bob.send(group, "after dave entered");
            awaitReceived(received, "after dave entered");
            assertThat(received).as("no discussion history from before dave was a member").containsExactly("after dave entered");
        }
    }

    @Test
    void badQueriesGetAClearErrorAndNothingElse() throws Exception {
        try (SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = bob.createGroup("Archive bad input", List.of("alice")).jid();
            bob.send(group, "one");
            StanzaCollector strays = bob.connection().createStanzaCollector(new AndFilter(FromMatchesFilter.createBare(group),
                    MessageTypeFilter.NORMAL));
            try {
                assertError(bob, group, Mam.form("start", "yesterday"), "", StanzaError.Condition.bad_request, "XEP-0082");
                assertError(bob, group, Mam.form("colour", "red"), "", StanzaError.Condition.feature_not_implemented, "Unknown field 'colour'");
                assertError(bob, group, Mam.form("with", "alice@svgroups.test"), "", StanzaError.Condition.feature_not_implemented, "'with'");
                assertError(bob, group, "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'><value>urn:xmpp:mam:1</value>"
                        + "</field></x>", "", StanzaError.Condition.bad_request, "FORM_TYPE");
                assertError(bob, group, "", "<max>many</max>", StanzaError.Condition.bad_request, "<max/>");
                assertError(bob, group, Mam.form("after-id", "no-such-id"), "", StanzaError.Condition.item_not_found, "no message");
                assertError(bob, group, "", "<before>no-such-id</before>", StanzaError.Condition.item_not_found, "no message");
                for (String older : List.of("urn:xmpp:mam:0", "urn:xmpp:mam:1")) {
                    assertThat(catchThrowable(() -> Mam.iq(bob, group, IQ.Type.set, "query", older, "")))
                            .as(older).isInstanceOfSatisfying(XMPPException.XMPPErrorException.class, e -> assertThat(
                                    e.getStanzaError().getCondition()).isEqualTo(StanzaError.Condition.feature_not_implemented));
                }
                assertThat(Mam.query(bob, group, "", "<max>100000000000</max>")).contains("complete='true'");
                assertThat((Object) strays.pollResult()).as("the one archived message, for the huge max").isNotNull();
                assertThat((Object) strays.pollResult()).as("nothing for the refused queries").isNull();
            } finally {
                strays.cancel();
            }
        }
    }

    @Test
    void aDissolvedGroupsArchiveIsDeletedAndTheRestIsWrittenWhenTheServerStops(OpenfireInstance server) throws Exception {
        EntityBareJid dissolved;
        EntityBareJid kept;
        try (SvGroupsClient bob = Users.connect("bob")) {
            dissolved = bob.createGroup("Archive dissolved", List.of("alice")).jid();
            kept = bob.createGroup("Archive kept", List.of("alice")).jid();
            bob.send(dissolved, "gone soon");
            assertThat(ArchivedHistory.awaitCount(bob, dissolved, 5, 1).messages()).hasSize(1);
            joined(bob, dissolved);
            MultiUserChatManager.getInstanceFor(bob.connection()).getMultiUserChat(dissolved).destroy("done", null);
            bob.send(kept, "still here");
        }
        List<Map<String, Object>> rows = server.queryWhileStopped(
                "SELECT groupJID, COUNT(*) AS messages FROM ofSvgArchive WHERE groupJID IN (?, ?) GROUP BY groupJID",
                dissolved.toString(), kept.toString());
        assertThat(rows).extracting(row -> row.get("groupJID"), row -> ((Number) row.get("messages")).intValue())
                .containsExactly(tuple(kept.toString(), 1));
    }

    /** Waits until {@code text} was received (the positive control of a test that nothing else was). */
    private static void awaitReceived(List<String> received, String text) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!received.contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("'" + text + "' did not arrive; received " + received);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void joined(SvGroupsClient user, EntityBareJid group) throws SvGroupsException {
        if (!GroupChat.getInstanceFor(user.connection()).isJoined(group)) {
            user.join(group);
        }
    }

    private static void assertError(SvGroupsClient user, EntityBareJid group, String form, String rsm,
                                    StanzaError.Condition condition, String text) {
        Throwable thrown = catchThrowable(() -> Mam.query(user, group, form, rsm));
        assertThat(thrown).as("%s %s", form, rsm).isInstanceOfSatisfying(XMPPException.XMPPErrorException.class, e -> {
            assertThat(e.getStanzaError().getCondition()).isEqualTo(condition);
            assertThat(e.getStanzaError().getDescriptiveText()).contains(text);
        });
    }

    private static void assertRefused(ThrowingCall call, StanzaError.Condition condition, String text) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
            assertThat(e.getRefusal().toString()).contains(condition.toString()).contains(text);
        });
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
