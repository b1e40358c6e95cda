package org.svgroups.client.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.Retraction;
import org.svgroups.client.packet.ModerateIq;
import org.svgroups.client.packet.RetractElement;
import org.svgroups.core.moderation.Tombstone;

class RetractionProvidersTest {

    private static final String GROUP = "abc@groups.example";

    @BeforeAll
    static void registerProviders() {
        SvGroupsProviders.register();
    }

    private static Message parse(String xml) throws Exception {
        return PacketParserUtils.parseStanza(xml);
    }

    @Test
    void aModerationNoticeFromTheGroupIsAModeration() throws Exception {
        Message notice = parse("<message xmlns='jabber:client' type='groupchat' from='" + GROUP + "' id='n-1'>"
                + "<retract xmlns='urn:xmpp:message-retract:1' id='s-1'>"
                + "<moderated xmlns='urn:xmpp:message-moderate:1' by='alice@example'/><reason>spam &amp; scam</reason>"
                + "</retract><body>A moderator retracted a message.</body></message>");

        Retraction retraction = Retraction.from(JidCreate.entityBareFrom(GROUP), notice).orElseThrow();
        assertThat(retraction.retractedId()).isEqualTo("s-1");
        assertThat(retraction.moderated()).isTrue();
        assertThat(retraction.moderatedBy()).isEqualTo("alice@example");
        assertThat(retraction.reason()).isEqualTo("spam & scam");
        assertThat(retraction.nickname()).isNull();
    }

    @Test
    void anOwnRetractionComesFromItsAuthorsNickname() throws Exception {
        Message own = parse("<message xmlns='jabber:client' type='groupchat' from='" + GROUP + "/bob' id='r-1'>"
                + "<retract xmlns='urn:xmpp:message-retract:1' id='s-2'/><body>/me retracted</body></message>");

        Retraction retraction = Retraction.from(JidCreate.entityBareFrom(GROUP), own).orElseThrow();
        assertThat(retraction.moderated()).isFalse();
        assertThat(retraction.nickname()).isEqualTo("bob");
        assertThat(retraction.retractedId()).isEqualTo("s-2");
    }

    @Test
    void forgedNoticesAreNotBelieved() throws Exception {
        EntityBareJid group = JidCreate.entityBareFrom(GROUP);
        // A member dressing their message as a moderation, the group sending an own retraction, another group.
        Message fromMember = parse("<message xmlns='jabber:client' type='groupchat' from='" + GROUP + "/mallory'>"
                + "<retract xmlns='urn:xmpp:message-retract:1' id='s-1'><moderated xmlns='urn:xmpp:message-moderate:1' by='alice@example'/>"
                + "</retract></message>");
        Message unmoderatedFromGroup = parse("<message xmlns='jabber:client' type='groupchat' from='" + GROUP + "'>"
                + "<retract xmlns='urn:xmpp:message-retract:1' id='s-1'/></message>");
        Message otherGroup = parse("<message xmlns='jabber:client' type='groupchat' from='other@groups.example'>"
                + "<retract xmlns='urn:xmpp:message-retract:1' id='s-1'><moderated xmlns='urn:xmpp:message-moderate:1' by='x@example'/>"
                + "</retract></message>");

        assertThat(Retraction.from(group, fromMember)).isEmpty();
        assertThat(Retraction.from(group, unmoderatedFromGroup)).isEmpty();
        assertThat(Retraction.from(group, otherGroup)).isEmpty();
        assertThat(Retraction.from(group, parse("<message xmlns='jabber:client' from='" + GROUP + "/bob'><body>hi</body></message>")))
                .isEmpty();
    }

    @Test
    void historyShowsTombstonesWithWhoAndWhy() throws Exception {
        Message own = parse("<message xmlns='jabber:client' type='groupchat' from='" + GROUP + "/bob' id='c-1'>"
                + "<retracted xmlns='urn:xmpp:message-retract:1' stamp='2026-12-03T14:00:00Z' id='r-1'/></message>");
        Message moderated = parse("<message xmlns='jabber:client' type='groupchat' from='" + GROUP + "/carol'>"
                + "<retracted xmlns='urn:xmpp:message-retract:1' stamp='2026-12-03T14:01:00Z' id='n-1'>"
                + "<moderated xmlns='urn:xmpp:message-moderate:1' by='alice@example'/><reason>rude</reason></retracted></message>");
        Instant at = Instant.parse("2026-12-03T13:00:00Z");

        assertThat(new HistoryMessage("s-1", at, own).tombstone())
                .contains(Tombstone.own(Instant.parse("2026-12-03T14:00:00Z"), "r-1"));
        assertThat(new HistoryMessage("s-2", at, moderated).tombstone())
                .contains(Tombstone.moderated(Instant.parse("2026-12-03T14:01:00Z"), "n-1", "alice@example", "rude"));
        assertThat(new HistoryMessage("s-2", at, moderated).body()).isNull();
        assertThat(new HistoryMessage("s-3", at, parse("<message xmlns='jabber:client' from='" + GROUP + "/bob'><body>hi</body></message>"))
                .tombstone()).isEmpty();
    }

    @Test
    void theRequestAndTheRetractionAreWrittenAsTheXepsSay() throws Exception {
        ModerateIq iq = new ModerateIq(JidCreate.entityBareFrom(GROUP), "s-1", "spam <b>");

        assertThat(iq.getChildElementXML().toString()).isEqualTo("<moderate xmlns='urn:xmpp:message-moderate:1' id='s-1'>"
                + "<retract xmlns='urn:xmpp:message-retract:1'/><reason>spam &lt;b&gt;</reason></moderate>");
        assertThat(new RetractElement("s-1", null, null).toXML().toString())
                .isEqualTo("<retract xmlns='urn:xmpp:message-retract:1' id='s-1'/>");
    }
}
