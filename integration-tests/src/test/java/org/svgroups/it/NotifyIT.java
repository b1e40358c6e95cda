package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.FromMatchesFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.core.notify.NotifySignature;

/**
 * Waking phones on the real server: with {@code svgroups.notify.url} and a secret set ({@link RealOpenfire}), the
 * plugin POSTs signed events to the {@link TestNotifyEndpoint} for what reaches members who are not in the room.
 *
 * <p>bob owns {@link #crew} with carol and dave; bob and carol are in its room, dave never joined. So dave is the
 * only one absent from bob's messages. ben and bella (bob's friends) are invited into another group of bob's.
 */
@ExtendWith(RealOpenfire.class)
class NotifyIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String OMEMO_NS = "eu.siacs.conversations.axolotl";
    private static final Pattern STANZA_ID = Pattern.compile("<stanza-id\\s[^>]*>");
    private static final Pattern ID = Pattern.compile("\\sid=['\"]([^'\"]+)['\"]");
    private static final Pattern BY = Pattern.compile("\\sby=['\"]([^'\"]+)['\"]");

    private static SvGroupsClient bob;
    private static SvGroupsClient carol;
    private static EntityBareJid crew;

    @BeforeAll
    static void createGroup() throws Exception {
        bob = Users.connect("bob");
        carol = Users.connect("carol");
        crew = bob.createGroup("Notify crew", List.of("carol", "dave")).jid();
        bob.join(crew);
        carol.join(crew);
    }

    @AfterAll
    static void disconnect() {
        for (SvGroupsClient client : new SvGroupsClient[] {bob, carol}) {
            if (client != null) {
                client.close();
            }
        }
    }

    @Test
    void aMemberWhoNeverJoinedIsToldOfAMessageWithAPreviewAndItsArchiveId(TestNotifyEndpoint endpoint) throws Exception {
        Message reflection = post(bob, "Hello dave, are you coming tonight?");
        String archiveId = archiveId(reflection);

        JSONObject event = endpoint.awaitEvent(inCrew("message").and(e -> archiveId.equals(e.optString("archiveId"))), WAIT)
                .orElseThrow(() -> new AssertionError("no message event for " + archiveId + " in " + endpoint.posts().size() + " posts"));

        assertThat(event.getString("group")).isEqualTo(crew.toString());
        assertThat(event.getString("groupName")).isEqualTo("Notify crew");
        assertThat(event.getString("sender")).isEqualTo(Members.jid("bob"));
        // carol is in the room and bob sent it: only dave is absent.
        assertThat(event.getJSONArray("absent").toList()).containsExactly(Members.jid("dave"));
        assertThat(event.getString("preview")).isEqualTo("Hello dave, are you coming tonight?");
    }

    @Test
    void anEncryptedMessageIsToldWithoutAPreview(TestNotifyEndpoint endpoint) throws Exception {
        String encrypted = "<encrypted xmlns='" + OMEMO_NS + "'><header sid='1'><key rid='2'>AAAA</key><iv>AAAA</iv></header>"
                + "<payload>AAAA</payload></encrypted>";
        Message reflection = post(bob, "I sent you an OMEMO encrypted message but your client doesn't seem to support that.",
                new RawXml("encrypted", OMEMO_NS, encrypted));
        String archiveId = archiveId(reflection);

        JSONObject event = endpoint.awaitEvent(inCrew("message").and(e -> archiveId.equals(e.optString("archiveId"))), WAIT)
                .orElseThrow(() -> new AssertionError("no event for the encrypted message " + archiveId));

        assertThat(event.has("preview")).as("preview of %s", event).isFalse();
        assertThat(event.getJSONArray("absent").toList()).containsExactly(Members.jid("dave"));
    }

    @Test
    void aShareIsToldAsAShare(TestNotifyEndpoint endpoint) throws Exception {
        GroupMessage reflected = bob.share(crew, TestCatalogue.DANCE);
        String archiveId = archiveId(reflected.stanza());

        JSONObject event = endpoint.awaitEvent(inCrew("share").and(e -> archiveId.equals(e.optString("archiveId"))), WAIT)
                .orElseThrow(() -> new AssertionError("no share event for " + archiveId));

        assertThat(event.getJSONArray("absent").toList()).containsExactly(Members.jid("dave"));
        assertThat(event.has("preview")).isFalse();
    }

    @Test
    void aFriendInvitedFromOutsideTheRoomIsToldOfTheInvitationMediatedOrDirect(TestNotifyEndpoint endpoint) throws Exception {
        // A group of its own: the invitees become members, which would change who is absent from crew's messages.
        EntityBareJid party = bob.createGroup("Notify party", List.of("carol")).jid();
        bob.invite(party, RealOpenfire.BOBS_FRIEND, "join us");
        JSONObject mediated = endpoint.awaitEvent(in(party, "invitation")
                .and(e -> e.getJSONArray("absent").toList().contains(Members.jid(RealOpenfire.BOBS_FRIEND))), WAIT)
                .orElseThrow(() -> new AssertionError("no invitation event for " + RealOpenfire.BOBS_FRIEND));
        assertThat(mediated.getString("sender")).isEqualTo(Members.jid("bob"));
        assertThat(mediated.getJSONArray("absent").toList()).containsExactly(Members.jid(RealOpenfire.BOBS_FRIEND));
        assertThat(mediated.has("archiveId")).isFalse();

        bob.inviteDirect(party, RealOpenfire.BOBS_OTHER_FRIEND, "you too");
        JSONObject direct = endpoint.awaitEvent(in(party, "invitation")
                .and(e -> e.getJSONArray("absent").toList().contains(Members.jid(RealOpenfire.BOBS_OTHER_FRIEND))), WAIT)
                .orElseThrow(() -> new AssertionError("no invitation event for " + RealOpenfire.BOBS_OTHER_FRIEND));
        assertThat(direct.getString("sender")).isEqualTo(Members.jid("bob"));
    }

    @Test
    void everyPostIsSignedWithTheSecretAndNamesNobodyInTheRoomAsAbsent(TestNotifyEndpoint endpoint) throws Exception {
        String archiveId = archiveId(post(bob, "one more for the signature"));
        endpoint.awaitEvent(e -> archiveId.equals(e.optString("archiveId")), WAIT).orElseThrow();

        assertThat(endpoint.posts()).isNotEmpty();
        for (TestNotifyEndpoint.Post post : endpoint.posts()) {
            assertThat(NotifySignature.verify(TestNotifyEndpoint.SECRET, post.body(), post.signature()))
                    .as("signature %s", post.signature()).isTrue();
            assertThat(NotifySignature.verify("another secret", post.body(), post.signature())).isFalse();
            assertThat(post.json().getString("batch")).isNotEmpty();
        }
        for (JSONObject event : endpoint.events(inCrew("message"))) {
            assertThat(event.getJSONArray("absent").toList()).as("absent in %s", event)
                    .doesNotContain(Members.jid("bob"), Members.jid("carol"));
        }
    }

    private static Predicate<JSONObject> inCrew(String kind) {
        return in(crew, kind);
    }

    private static Predicate<JSONObject> in(EntityBareJid group, String kind) {
        return event -> group.toString().equals(event.getString("group")) && kind.equals(event.getString("kind"));
    }

    /** The XEP-0359 id the group stamped on the message: the archive id the event must carry. */
    private static String archiveId(Message reflection) {
        Matcher element = STANZA_ID.matcher(reflection.toXML().toString());
        while (element.find()) {
            Matcher by = BY.matcher(element.group());
            Matcher id = ID.matcher(element.group());
            if (by.find() && crew.toString().equals(by.group(1)) && id.find()) {
                return id.group(1);
            }
        }
        throw new AssertionError("no stanza-id by the group in " + reflection.toXML());
    }

    /** Sends a groupchat message to {@link #crew} and returns its reflection. */
    private static Message post(SvGroupsClient sender, String body, ExtensionElement... extensions) throws Exception {
        MessageBuilder builder = StanzaBuilder.buildMessage("notify-it-" + UUID.randomUUID()).to(crew)
                .ofType(Message.Type.groupchat).setBody(body);
        for (ExtensionElement extension : extensions) {
            builder.addExtension(extension);
        }
        Message message = builder.build();
        StanzaCollector answers = sender.connection().createStanzaCollector(new AndFilter(FromMatchesFilter.createBare(crew),
                new StanzaIdFilter(message.getStanzaId()), MessageTypeFilter.GROUPCHAT));
        try {
            sender.connection().sendStanza(message);
            Message answer = answers.nextResult(WAIT.toMillis());
            assertThat((Object) answer).as("the reflection of %s", message.toXML()).isNotNull();
            return answer;
        } finally {
            answers.cancel();
        }
    }
}
