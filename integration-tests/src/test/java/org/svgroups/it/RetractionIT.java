package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.it.TakenBack.assertRefused;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.Retraction;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.packet.RetractElement;
import org.svgroups.core.moderation.Tombstone;

/**
 * A member takes back their own message (XEP-0424): the group relays the retraction to the room, the archive
 * replaces the message with a tombstone and keeps the retraction, whether the message was still in the archive's
 * buffer or written already; encrypted messages too. Every other retraction is refused with a message error, is
 * not relayed and changes nothing.
 */
@ExtendWith(RealOpenfire.class)
class RetractionIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String RETRACT = "urn:xmpp:message-retract:1";
    private static final String OMEMO_NS = "eu.siacs.conversations.axolotl";

    @Test
    void theGroupAdvertisesRetractionTombstonesAndModeration() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol")) {
            EntityBareJid group = carol.createGroup("Retraction disco", List.of("bob")).jid();
            assertThat(ServiceDiscoveryManager.getInstanceFor(carol.connection()).discoverInfo(group).getFeatures())
                    .extracting(feature -> feature.getVar())
                    .contains(RETRACT, RETRACT + "#tombstone", "urn:xmpp:message-moderate:1");
        }
    }

    @Test
    void aMemberRetractsTheirMessageAtOnceOrLaterAndTheArchiveKeepsTombstonesAndRetractions() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = carol.createGroup("Retraction own", List.of("bob")).jid();
            bob.join(group);
            carol.join(group);
            try (RoomTap atCarol = RoomTap.on(carol, group)) {
                // Retracted the moment the reflection is back: the message is still in the archive's buffer.
                String quick = bob.send(group, "oops, wrong group").stanzaId().orElseThrow();
                GroupMessage quickRetraction = bob.retract(group, quick);

                // Retracted once written: reading the history writes the buffer.
                String later = bob.send(group, "thought better of it").stanzaId().orElseThrow();
                assertThat(ArchivedHistory.await(carol, group, 10, page -> page.messages().stream()
                        .anyMatch(m -> "thought better of it".equals(m.body()))).messages())
                        .extracting(HistoryMessage::body).contains("thought better of it");
                GroupMessage laterRetraction = bob.retract(group, later);

                // What the room got: the retraction from bob, with the standard fallback text.
                Message relayed = atCarol.next(quickRetraction.stanza().getStanzaId(), WAIT);
                assertThat((Object) relayed).as("the retraction, at carol").isNotNull();
                assertThat(relayed.getFrom().getResourceOrNull().toString()).isEqualTo("bob");
                assertThat(RetractElement.from(relayed).getId()).isEqualTo(quick);
                assertThat(relayed.getBody()).isEqualTo("/me retracted a previous message, but it's unsupported by your client.");
                assertThat(Retraction.from(group, relayed)).map(Retraction::retractedId).contains(quick);

                List<HistoryMessage> history = ArchivedHistory.await(carol, group, 10, page -> page.messages().stream()
                        .filter(m -> m.retraction().isPresent()).count() >= 2).messages();
                assertTombstone(history, quick, "bob", quickRetraction.stanza().getStanzaId());
                assertTombstone(history, later, "bob", laterRetraction.stanza().getStanzaId());
                assertThat(history).extracting(HistoryMessage::body).doesNotContain("oops, wrong group", "thought better of it");
                // The retractions are archived too, for an app that had the message and catches up.
                assertThat(history.stream().map(HistoryMessage::retraction).flatMap(Optional::stream)
                        .map(r -> r.nickname() + " " + r.retractedId())).containsExactly("bob " + quick, "bob " + later);
                assertThat(history.get(history.size() - 1).id()).isEqualTo(laterRetraction.stanzaId().orElseThrow());
            }
        }
    }

    @Test
    void anEncryptedMessageIsRetractedLikeAnyOther() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = carol.createGroup("Retraction encrypted", List.of("dave")).jid();
            dave.join(group);
            String encrypted = "<encrypted xmlns='" + OMEMO_NS + "'><header sid='1'><key rid='2'>AAAA</key><iv>AAAA</iv>"
                    + "</header><payload>SECRETPAYLOAD</payload></encrypted>";
            Message omemo = StanzaBuilder.buildMessage("omemo-" + UUID.randomUUID()).to(group).ofType(Message.Type.groupchat)
                    .addExtension(new RawXml("encrypted", OMEMO_NS, encrypted)).build();
            Message reflection;
            StanzaCollector collector = dave.connection().createStanzaCollector(new StanzaIdFilter(omemo.getStanzaId()));
            try {
                dave.connection().sendStanza(omemo);
                reflection = collector.nextResult(WAIT.toMillis());
            } finally {
                collector.cancel();
            }
            assertThat((Object) reflection).as("the group's copy of the encrypted message").isNotNull();
            String id = new GroupMessage(group, "dave", null, "", true, false, reflection).stanzaId().orElseThrow();

            GroupMessage retraction = dave.retract(group, id);

            List<HistoryMessage> history = carol.history(group, 10, null).messages();
            assertTombstone(history, id, "dave", retraction.stanza().getStanzaId());
            assertThat(history.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().message().toXML()
                    .toString()).doesNotContain("SECRETPAYLOAD", OMEMO_NS);
        }
    }

    @Test
    void badRetractionsAreRefusedNotRelayedAndChangeNothing() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient sam = Users.connect(RealOpenfire.STRANGER)) {
            EntityBareJid group = carol.createGroup("Retraction refused", List.of("bob")).jid();
            EntityBareJid other = carol.createGroup("Retraction elsewhere", List.of("bob")).jid();
            bob.join(group);
            carol.join(group);
            String carols = carol.send(group, "carol's words").stanzaId().orElseThrow();
            String bobs = bob.send(group, "bob's words").stanzaId().orElseThrow();
            String elsewhere = bob.send(other, "said elsewhere").stanzaId().orElseThrow();
            String retraction = bob.retract(group, bob.send(group, "taken back").stanzaId().orElseThrow())
                    .stanzaId().orElseThrow();
            String alreadyRetracted = carol.history(group, 10, null).messages().stream()
                    .filter(m -> m.tombstone().isPresent()).findFirst().orElseThrow().id();
            // Its four messages: two, a tombstone and the retraction.
            List<HistoryMessage> before = ArchivedHistory.awaitCount(carol, group, 20, 4).messages();

            try (RoomTap atCarol = RoomTap.on(carol, group)) {
                assertRefused(() -> bob.retract(group, carols), "not-author", StanzaError.Condition.forbidden,
                        "You can only retract your own messages");
                assertRefused(() -> carol.retract(group, bobs), "not-author", StanzaError.Condition.forbidden,
                        "your own messages");
                assertRefused(() -> bob.retract(group, "forged-" + UUID.randomUUID()), "message-not-found",
                        StanzaError.Condition.item_not_found, "This group has no message with that id.");
                assertRefused(() -> bob.retract(group, elsewhere), "message-not-found",
                        StanzaError.Condition.item_not_found, "no message with that id");
                assertRefused(() -> bob.retract(group, retraction), "not-retractable",
                        StanzaError.Condition.bad_request, "cannot itself be retracted");
                assertRefused(() -> bob.retract(group, alreadyRetracted), "not-retractable",
                        StanzaError.Condition.bad_request, "already been retracted");
                assertRawRefused(bob, group, "<retract xmlns='" + RETRACT + "'/>", StanzaError.Condition.bad_request,
                        "stanza-id");
                assertRawRefused(bob, group, "<retract xmlns='" + RETRACT + "' id='" + bobs + "'>"
                        + "<moderated xmlns='urn:xmpp:message-moderate:1' by='carol@svgroups.test'/></retract>",
                        StanzaError.Condition.bad_request, "Only the group announces a moderation");
                assertRawRefused(bob, group, "<retracted xmlns='" + RETRACT + "' stamp='2026-01-01T00:00:00Z'/>",
                        StanzaError.Condition.bad_request, "tombstones and moderation are the group's to write");
                assertRawRefused(sam, group, "<retract xmlns='" + RETRACT + "' id='" + bobs + "'/>",
                        StanzaError.Condition.forbidden, "Only members of the group can retract messages in it.");

                String marker = "after the refusals " + UUID.randomUUID();
                bob.send(group, marker);
                assertThat(atCarol.until(marker, WAIT)).as("nothing refused reached the room")
                        .extracting(Message::getBody).containsExactly(marker);
            }
            List<HistoryMessage> after = carol.history(group, 20, null).messages();
            assertThat(after.subList(0, before.size())).extracting(m -> m.message().toXML().toString())
                    .containsExactlyElementsOf(before.stream().map(m -> m.message().toXML().toString()).toList());
            assertThat(after).extracting(HistoryMessage::body).contains("carol's words", "bob's words");
            assertThat(bob.history(other, 5, null).messages()).extracting(HistoryMessage::body).containsExactly("said elsewhere");
        }
    }

    /** The history's entry for {@code id} is a tombstone of {@code nickname}'s own retraction, naming it. */
    private static void assertTombstone(List<HistoryMessage> history, String id, String nickname,
                                        String retractionMessageId) {
        Tombstone tombstone = TakenBack.tombstoneOf(history, id, nickname);
        assertThat(tombstone.isModeration()).isFalse();
        assertThat(tombstone.retractionId()).isEqualTo(retractionMessageId);
    }

    /** Sends a groupchat message with {@code children} as written and expects a message error back. */
    private static void assertRawRefused(SvGroupsClient user, EntityBareJid group, String children,
                                         StanzaError.Condition condition, String text) throws Exception {
        Message message = StanzaBuilder.buildMessage("raw-" + UUID.randomUUID()).to(group).ofType(Message.Type.groupchat)
                .setBody("raw").addExtension(new RawXml(children.substring(1, children.indexOf(' ')), RETRACT, children))
                .build();
        StanzaCollector collector = user.connection().createStanzaCollector(new StanzaIdFilter(message.getStanzaId()));
        try {
            user.connection().sendStanza(message);
            Message answer = collector.nextResult(WAIT.toMillis());
            assertThat((Object) answer).as("an answer to " + children).isNotNull();
            assertThat(answer.getType()).as(children).isEqualTo(Message.Type.error);
            assertThat(answer.getError().getCondition()).isEqualTo(condition);
            assertThat(answer.getError().getDescriptiveText()).contains(text);
        } finally {
            collector.cancel();
        }
    }

}
