package org.svgroups.client.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.packet.HistoryFinIq;
import org.svgroups.client.packet.HistoryQueryIq;
import org.svgroups.client.packet.HistoryResult;

class HistoryProvidersTest {

    @BeforeAll
    static void registerProviders() {
        SvGroupsProviders.register();
    }

    @Test
    void aResultMessageCarriesTheIdAndTheForwardedMessageWithItsTime() throws Exception {
        Stanza stanza = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='abc@groups.example' to='bob@example/phone'>"
                + "<result xmlns='urn:xmpp:mam:2' queryid='q1' id='id-1'><forwarded xmlns='urn:xmpp:forward:0'>"
                + "<delay xmlns='urn:xmpp:delay' stamp='2026-11-25T10:00:00Z'/>"
                + "<message xmlns='jabber:client' from='abc@groups.example/alice' type='groupchat'><body>hi</body></message>"
                + "</forwarded></result></message>");

        HistoryResult result = stanza.getExtension(HistoryResult.class);
        assertThat(result.getQueryId()).isEqualTo("q1");
        assertThat(result.getId()).isEqualTo("id-1");
        Message forwarded = result.getForwarded().getForwardedStanza();
        assertThat(forwarded.getBody()).isEqualTo("hi");
        assertThat(forwarded.getFrom().toString()).isEqualTo("abc@groups.example/alice");
        assertThat(result.getForwarded().getDelayInformation().getStamp().toInstant()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void theFinSaysWhetherThePageIsCompleteAndItsFirstAndLastIds() throws Exception {
        HistoryFinIq fin = (HistoryFinIq) PacketParserUtils.parseStanza("<iq xmlns='jabber:client' type='result' id='i1'"
                + " from='abc@groups.example'><fin xmlns='urn:xmpp:mam:2' complete='true'><set xmlns='http://jabber.org/protocol/rsm'>"
                + "<first>id-1</first><last>id-9</last></set></fin></iq>");
        assertThat(fin.isComplete()).isTrue();
        assertThat(fin.getFirst()).isEqualTo("id-1");
        assertThat(fin.getLast()).isEqualTo("id-9");

        HistoryFinIq empty = (HistoryFinIq) PacketParserUtils.parseStanza("<iq xmlns='jabber:client' type='result' id='i2'>"
                + "<fin xmlns='urn:xmpp:mam:2'><set xmlns='http://jabber.org/protocol/rsm'/></fin></iq>");
        assertThat(empty.isComplete()).isFalse();
        assertThat(empty.getFirst()).isNull();
    }

    @Test
    void theQueryAsksForTheLastPageOrThePageBeforeAnId() throws Exception {
        EntityBareJid group = JidCreate.entityBareFrom("abc@groups.example");

        assertThat(new HistoryQueryIq(group, "q1", 20, null).toXML().toString())
                .contains("<query xmlns='urn:xmpp:mam:2' queryid='q1'>")
                .contains("<set xmlns='http://jabber.org/protocol/rsm'><max>20</max><before/></set>");
        assertThat(new HistoryQueryIq(group, "q2", 5, "id-7").toXML().toString()).contains("<max>5</max><before>id-7</before>");
    }
}
