package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.svgroups.core.moderation.ArchivedKind;
import org.svgroups.core.moderation.Tombstone;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

class RetractionXmlTest {

    private static final String GROUP = "crew@groups.example.org";
    private static final Instant AT = Instant.parse("2026-12-03T14:00:00Z");
    /** A message as the archive keeps it: body, share, link, OMEMO payload, ids, sender. */
    private static final String ARCHIVED = "<message xmlns=\"jabber:client\" type=\"groupchat\" id=\"c-1\" from=\"" + GROUP + "/bob\">"
            + "<body>meet me at 5</body>"
            + "<share xmlns=\"urn:svgroups:share:0\" kind=\"video\" id=\"1\" url=\"https://videos.example.test/v/1\"/>"
            + "<x xmlns=\"jabber:x:oob\"><url>https://videos.example.test/v/1</url></x>"
            + "<encrypted xmlns=\"eu.siacs.conversations.axolotl\"><payload>AAAA</payload></encrypted>"
            + "<stanza-id xmlns=\"urn:xmpp:sid:0\" id=\"s-1\" by=\"" + GROUP + "\"/>"
            + "<occupant-id xmlns=\"urn:xmpp:occupant-id:0\" id=\"o-1\"/>"
            + "<addresses xmlns=\"http://jabber.org/protocol/address\"><address type=\"ofrom\" jid=\"bob@example.org/phone\"/></addresses>"
            + "</message>";

    private static Element parse(String xml) throws Exception {
        return DocumentHelper.parseText(xml).getRootElement();
    }

    @Test
    void anOwnTombstoneKeepsIdsSenderAndTimeAndNothingOfTheContent() throws Exception {
        Element tombstone = parse(RetractionXml.tombstone(ARCHIVED, Tombstone.own(AT, "r-1")));

        assertThat(tombstone.getNamespaceURI()).isEqualTo("jabber:client");
        assertThat(tombstone.attributeValue("id")).isEqualTo("c-1");
        assertThat(tombstone.attributeValue("from")).isEqualTo(GROUP + "/bob");
        assertThat(tombstone.elements()).extracting(Element::getName)
                .containsExactly("stanza-id", "occupant-id", "addresses", "retracted");
        Element retracted = tombstone.element("retracted");
        assertThat(retracted.getNamespaceURI()).isEqualTo("urn:xmpp:message-retract:1");
        assertThat(retracted.attributeValue("stamp")).isEqualTo("2026-12-03T14:00:00Z");
        assertThat(retracted.attributeValue("id")).isEqualTo("r-1");
        assertThat(retracted.elements()).isEmpty();
        assertThat(tombstone.asXML()).doesNotContain("meet me", "videos.example.test", "AAAA");
        assertThat(RetractionXml.kind(tombstone.asXML())).isEqualTo(ArchivedKind.TOMBSTONE);
    }

    @Test
    void aModerationTombstoneSaysWhoAndWhyWithTheReasonEscaped() throws Exception {
        Element tombstone = parse(RetractionXml.tombstone(ARCHIVED,
                Tombstone.moderated(AT, "n-1", "alice@example.org", "<b>spam</b> & scam")));

        Element retracted = tombstone.element("retracted");
        assertThat(retracted.element("moderated").getNamespaceURI()).isEqualTo("urn:xmpp:message-moderate:1");
        assertThat(retracted.element("moderated").attributeValue("by")).isEqualTo("alice@example.org");
        assertThat(retracted.element("reason").getNamespaceURI()).isEqualTo("urn:xmpp:message-retract:1");
        assertThat(retracted.elementText("reason")).isEqualTo("<b>spam</b> & scam");
    }

    @Test
    void archivedStanzasAreToldApart() {
        assertThat(RetractionXml.kind(ARCHIVED)).isEqualTo(ArchivedKind.MESSAGE);
        assertThat(RetractionXml.kind("<message xmlns=\"jabber:client\"><retract xmlns=\"urn:xmpp:message-retract:1\" id=\"s-1\"/>"
                + "<body>/me retracted</body></message>")).isEqualTo(ArchivedKind.RETRACTION);
        // A retraction of another version is a message like any other here.
        assertThat(RetractionXml.kind("<message xmlns=\"jabber:client\"><retract xmlns=\"urn:xmpp:message-retract:0\"/>"
                + "<body>hi</body></message>")).isEqualTo(ArchivedKind.MESSAGE);
    }

    @Test
    void theModerationNoticeIsXep0425FromTheGroupWithItsOwnStanzaId() {
        Message notice = RetractionXml.moderationNotice(new JID(GROUP), "n-1", "s-1", "alice@example.org", "spam");

        assertThat(notice.getType()).isEqualTo(Message.Type.groupchat);
        assertThat(notice.getFrom()).isEqualTo(new JID(GROUP));
        Element retract = notice.getChildElement("retract", "urn:xmpp:message-retract:1");
        assertThat(retract.attributeValue("id")).isEqualTo("s-1");
        assertThat(retract.element("moderated").attributeValue("by")).isEqualTo("alice@example.org");
        assertThat(retract.elementText("reason")).isEqualTo("spam");
        assertThat(notice.getChildElement("stanza-id", "urn:xmpp:sid:0").attributeValue("by")).isEqualTo(GROUP);
        assertThat(notice.getChildElement("stanza-id", "urn:xmpp:sid:0").attributeValue("id")).isEqualTo("n-1");
        assertThat(notice.getBody()).isEqualTo("A moderator retracted a message. Reason: spam");
        assertThat(RetractionXml.kind(notice.toXML())).isEqualTo(ArchivedKind.RETRACTION);
        assertThat(RetractionXml.moderationNotice(new JID(GROUP), "n-2", "s-1", GROUP, null).getBody())
                .isEqualTo("A moderator retracted a message.");
    }

    @Test
    void aRelayedRetractionCarriesTheStandardFallbackAndNothingOfTheSenders() throws Exception {
        Message retraction = new Message();
        retraction.setType(Message.Type.groupchat);
        for (Element child : parse("<w><retract xmlns='urn:xmpp:message-retract:1' id='s-1'/><body>buy pills</body>"
                + "<share xmlns='urn:svgroups:share:0' kind='video' id='1' url='https://evil.example/v/1'/>"
                + "<origin-id xmlns='urn:xmpp:sid:0' id='r-1'/></w>").elements()) {
            retraction.getElement().add(child.createCopy());
        }

        RetractionXml.asRelayed(retraction);

        assertThat(retraction.getBody()).isEqualTo(RetractionXml.FALLBACK_TEXT);
        assertThat(retraction.getElement().elements()).extracting(e -> e.getNamespaceURI() + " " + e.getName())
                .containsExactlyInAnyOrder("urn:xmpp:message-retract:1 retract", "urn:xmpp:sid:0 origin-id",
                        "urn:xmpp:fallback:0 fallback", " body", "urn:xmpp:hints store");
    }
}
