package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.svgroups.it.TakenBack.assertRefused;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.Retraction;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.core.moderation.Tombstone;

/**
 * Owners and admins retract anyone's message (XEP-0425 0.3), in the room or not, with a reason or without: the
 * group broadcasts its notice to the occupants, replaces the message with a tombstone that names the moderator and
 * the reason, and archives the notice. Plain members, strangers, unknown or foreign ids, notices, messages already
 * retracted and malformed requests get a clear error and change nothing.
 */
@ExtendWith(RealOpenfire.class)
class ModerationIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String RETRACT = "urn:xmpp:message-retract:1";
    private static final String MODERATE = "urn:xmpp:message-moderate:1";

    @Test
    void anOwnerOutsideTheRoomModeratesWithAReasonAndTheOccupantsAreTold() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = carol.createGroup("Moderation owner", List.of("bob", "dave")).jid();
            dave.join(group);
            BlockingQueue<Retraction> heard = new LinkedBlockingQueue<>();
            dave.addRetractionListener(group, heard::add);
            String spam = bob.send(group, "buy followers at example.test").stanzaId().orElseThrow();
            carol.exit(group);

            try (RoomTap atDave = RoomTap.on(dave, group)) {
                carol.moderate(group, spam, "Spam <b>& links</b>");

                Message notice = atDave.until("A moderator retracted a message. Reason: Spam <b>& links</b>", WAIT)
                        .stream().filter(m -> m.getFrom().getResourceOrNull() == null).findFirst()
                        .orElseThrow(() -> new AssertionError("no notice from the group at dave"));
                assertThat(notice.getFrom().toString()).isEqualTo(group.toString());
                assertThat(StanzaXml.canonical(notice.getExtension("retract", RETRACT).toXML().toString()))
                        .isEqualTo(StanzaXml.canonical("<retract xmlns='" + RETRACT + "' id='" + spam + "'>"
                                + "<moderated xmlns='" + MODERATE + "' by='" + Members.jid("carol") + "'/>"
                                + "<reason>Spam &lt;b&gt;&amp; links&lt;/b&gt;</reason></retract>"));
                Retraction retraction = heard.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(retraction).as("the listener heard it").isNotNull();
                assertThat(retraction.moderatedBy()).isEqualTo(Members.jid("carol"));
                assertThat(retraction.reason()).isEqualTo("Spam <b>& links</b>");
                assertThat(retraction.retractedId()).isEqualTo(spam);

                List<HistoryMessage> history = dave.history(group, 10, null).messages();
                Tombstone tombstone = TakenBack.tombstoneOf(history, spam, "bob");
                assertThat(tombstone.moderatedBy()).isEqualTo(Members.jid("carol"));
                assertThat(tombstone.reason()).isEqualTo("Spam <b>& links</b>");
                assertThat(tombstone.retractionId()).isEqualTo(notice.getStanzaId());
                // The notice is archived too, with its own id, for apps catching up.
                HistoryMessage archivedNotice = history.get(history.size() - 1);
                assertThat(archivedNotice.id()).isEqualTo(notice.getStanzaId());
                assertThat(archivedNotice.retraction()).map(Retraction::retractedId).contains(spam);
                assertThat(history).extracting(HistoryMessage::body).doesNotContain("buy followers at example.test");
            }
        }
    }

    @Test
    void anAdminInTheRoomModeratesWithoutAReasonEvenAMessageStillInTheBuffer() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = carol.createGroup("Moderation admin", List.of("bob", "dave")).jid();
            dave.join(group);
            carol.join(group);
            MultiUserChatManager.getInstanceFor(carol.connection()).getMultiUserChat(group)
                    .grantAdmin(JidCreate.entityBareFrom(Members.jid("dave")));
            try (RoomTap atCarol = RoomTap.on(carol, group)) {
                String rude = bob.send(group, "rude words").stanzaId().orElseThrow();
                dave.moderate(group, rude, null);

                Message notice = atCarol.until("A moderator retracted a message.", WAIT).stream()
                        .filter(m -> m.getFrom().getResourceOrNull() == null).findFirst()
                        .orElseThrow(() -> new AssertionError("no notice from the group at carol"));
                assertThat(StanzaXml.canonical(notice.getExtension("retract", RETRACT).toXML().toString()))
                        .isEqualTo(StanzaXml.canonical("<retract xmlns='" + RETRACT + "' id='" + rude + "'>"
                                + "<moderated xmlns='" + MODERATE + "' by='" + Members.jid("dave") + "'/></retract>"));
                Tombstone tombstone = TakenBack.tombstoneOf(carol.history(group, 10, null).messages(), rude, "bob");
                assertThat(tombstone.moderatedBy()).isEqualTo(Members.jid("dave"));
                assertThat(tombstone.reason()).isNull();
            }
        }
    }

    @Test
    void badModerationsAreRefusedAndChangeNothing() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient dave = Users.connect("dave"); SvGroupsClient sam = Users.connect(RealOpenfire.STRANGER)) {
            EntityBareJid group = carol.createGroup("Moderation refused", List.of("bob", "dave")).jid();
            EntityBareJid other = carol.createGroup("Moderation elsewhere", List.of("bob")).jid();
            String daves = dave.send(group, "dave's words").stanzaId().orElseThrow();
            String bobs = bob.send(group, "bob's words").stanzaId().orElseThrow();
            String elsewhere = bob.send(other, "said elsewhere").stanzaId().orElseThrow();
            String moderated = bob.send(group, "moderated once").stanzaId().orElseThrow();
            carol.moderate(group, moderated, "once");
            String notice = carol.history(group, 10, null).messages().stream().filter(m -> m.retraction().isPresent())
                    .findFirst().orElseThrow().id();
            List<HistoryMessage> before = carol.history(group, 20, null).messages();
            carol.join(group);

            try (RoomTap atCarol = RoomTap.on(carol, group)) {
                assertRefused(() -> bob.moderate(group, daves, "mine to judge"), "not-moderator",
                        StanzaError.Condition.forbidden, "Only the group's owners and admins can retract other people's messages.");
                assertRefused(() -> bob.moderate(group, bobs, null), "not-moderator", StanzaError.Condition.forbidden,
                        "owners and admins");
                assertRefused(() -> sam.moderate(group, bobs, null), "not-member", StanzaError.Condition.forbidden,
                        "Only the group's owners and admins can moderate its messages.");
                assertRefused(() -> carol.moderate(group, "forged-" + UUID.randomUUID(), null), "message-not-found",
                        StanzaError.Condition.item_not_found, "This group has no message with that id.");
                assertRefused(() -> carol.moderate(group, elsewhere, null), "message-not-found",
                        StanzaError.Condition.item_not_found, "no message with that id");
                assertRefused(() -> carol.moderate(JidCreate.entityBareFrom("no-such-group@" + RealOpenfire.SERVICE), bobs, null),
                        "message-not-found", StanzaError.Condition.item_not_found, "No such group.");
                assertRefused(() -> carol.moderate(group, notice, null), "not-retractable",
                        StanzaError.Condition.bad_request, "cannot itself be retracted");
                assertRefused(() -> carol.moderate(group, moderated, "twice"), "not-retractable",
                        StanzaError.Condition.bad_request, "already been retracted");
                assertRefused(() -> carol.moderate(group, bobs, "x".repeat(1001)), "retraction-invalid",
                        StanzaError.Condition.bad_request, "longer than 1000 characters");
                assertRawRefused(carol, group, IQ.Type.set, bobs, "", "one <retract");
                assertRawRefused(carol, group, IQ.Type.set, bobs, "<retract xmlns='" + RETRACT + "'/><reason>a</reason>"
                        + "<reason>b</reason>", "at most one <reason/>");
                assertRawRefused(carol, group, IQ.Type.get, bobs, "<retract xmlns='" + RETRACT + "'/>", "an IQ set");
                assertRawRefused(carol, group, IQ.Type.set, null, "<retract xmlns='" + RETRACT + "'/>", "stanza-id");

                String marker = "after the refused moderations " + UUID.randomUUID();
                bob.send(group, marker);
                assertThat(atCarol.until(marker, WAIT)).as("no notice for anything refused")
                        .extracting(Message::getBody).containsExactly(marker);
            }
            List<HistoryMessage> after = carol.history(group, 20, null).messages();
            assertThat(after.subList(0, before.size())).extracting(m -> m.message().toXML().toString())
                    .containsExactlyElementsOf(before.stream().map(m -> m.message().toXML().toString()).toList());
            assertThat(after).extracting(HistoryMessage::body).contains("dave's words", "bob's words");
            assertThat(bob.history(other, 5, null).messages()).extracting(HistoryMessage::body).containsExactly("said elsewhere");
        }
    }

    /** Sends a moderation IQ of that id (none when null) and children written out, and expects bad-request. */
    private static void assertRawRefused(SvGroupsClient user, EntityBareJid group, IQ.Type type, String id,
                                         String child, String text) {
        RawIq request = new RawIq(id, child);
        request.setTo(group);
        request.setType(type);
        Throwable thrown = catchThrowable(() -> user.connection()
                .createStanzaCollectorAndSend(new StanzaIdFilter(request.getStanzaId()), request)
                .nextResultOrThrow(WAIT.toMillis()));
        assertThat(thrown).as(child).isInstanceOfSatisfying(XMPPException.XMPPErrorException.class, e -> {
            assertThat(e.getStanzaError().getCondition()).isEqualTo(StanzaError.Condition.bad_request);
            assertThat(e.getStanzaError().getDescriptiveText()).contains(text);
        });
    }

    /** A moderation IQ whose children are written out as given. */
    private static final class RawIq extends IQ {
        private final String id;
        private final String children;

        RawIq(String id, String children) {
            super("moderate", MODERATE);
            this.id = id;
            this.children = children;
        }

        @Override
        protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
            xml.optAttribute("id", id);
            if (children.isEmpty()) {
                xml.setEmptyElement();
            } else {
                xml.rightAngleBracket();
                xml.append(children);
            }
            return xml;
        }
    }
}
