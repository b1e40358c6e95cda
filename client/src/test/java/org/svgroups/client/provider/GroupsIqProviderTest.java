package org.svgroups.client.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.packet.GroupsIq;

class GroupsIqProviderTest {

    @BeforeAll
    static void registerProviders() {
        SvGroupsProviders.register();
    }

    @Test
    void parsesTheGroupListResult() throws Exception {
        Stanza stanza = PacketParserUtils.parseStanza(
                "<iq xmlns='jabber:client' type='result' id='g1' from='groups.example' to='alice@example/phone'>"
                + "<groups xmlns='urn:svgroups:0'>"
                + "<group jid='abc@groups.example' name='Dance crew' affiliation='owner' members='3' cap='32'/>"
                + "<group jid='xyz@groups.example' name='Skate &amp; film' affiliation='member' members='12' cap='32'/>"
                + "</groups></iq>");

        assertThat(stanza).isInstanceOf(GroupsIq.class);
        GroupsIq iq = (GroupsIq) stanza;
        assertThat(iq.getType()).isEqualTo(IQ.Type.result);
        assertThat(iq.getStanzaId()).isEqualTo("g1");
        assertThat(iq.getFrom().toString()).isEqualTo("groups.example");
        assertThat(iq.getGroups()).containsExactly(
                new GroupSummary(JidCreate.entityBareFrom("abc@groups.example"), "Dance crew", MUCAffiliation.owner, 3, 32),
                new GroupSummary(JidCreate.entityBareFrom("xyz@groups.example"), "Skate & film", MUCAffiliation.member, 12, 32));
    }

    @Test
    void parsesAnEmptyList() throws Exception {
        GroupsIq iq = PacketParserUtils.parseStanza(
                "<iq xmlns='jabber:client' type='result' id='g2' from='groups.example'><groups xmlns='urn:svgroups:0'/></iq>");

        assertThat(iq.getGroups()).isEmpty();
    }

    @Test
    void toleratesMissingOrOddAttributesAndSkipsEntriesWithoutJid() throws Exception {
        GroupsIq iq = PacketParserUtils.parseStanza(
                "<iq xmlns='jabber:client' type='result' id='g3' from='groups.example'><groups xmlns='urn:svgroups:0'>"
                + "<group jid='abc@groups.example' affiliation='overlord' members='many'/>"
                + "<group name='no address'/>"
                + "<group jid='not a jid@@'/>"
                + "<group jid='def@groups.example' name='Ok' affiliation='ADMIN' members='2' cap='8'/>"
                + "</groups></iq>");

        assertThat(iq.getGroups()).containsExactly(
                new GroupSummary(JidCreate.entityBareFrom("abc@groups.example"), "", null, -1, -1),
                new GroupSummary(JidCreate.entityBareFrom("def@groups.example"), "Ok", MUCAffiliation.admin, 2, 8));
    }

    @Test
    void requestIsAnEmptyGetToTheService() throws Exception {
        GroupsIq request = new GroupsIq(JidCreate.domainBareFrom("groups.example"));
        request.setStanzaId("r1");

        assertThat(request.toXML().toString())
                .isEqualTo("<iq xmlns='jabber:client' to='groups.example' id='r1' type='get'><groups xmlns='urn:svgroups:0'/></iq>");
    }

    @Test
    void serialisedResultParsesBackToTheSameGroups() throws Exception {
        List<GroupSummary> groups = List.of(
                new GroupSummary(JidCreate.entityBareFrom("abc@groups.example"), "A <b> \"c\"", MUCAffiliation.admin, 5, 10));
        GroupsIq original = new GroupsIq(org.jivesoftware.smack.packet.StanzaBuilder.buildIqData("r2").ofType(IQ.Type.result)
                .from(JidCreate.domainBareFrom("groups.example")), groups);

        GroupsIq parsed = PacketParserUtils.parseStanza(original.toXML().toString());

        assertThat(parsed.getGroups()).isEqualTo(groups);
    }
}
