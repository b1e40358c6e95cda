package org.svgroups.client.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.packet.LinksIq;

class LinksIqProviderTest {

    @BeforeAll
    static void registerProviders() {
        SvGroupsProviders.register();
    }

    private static LinksIq parse(String child) throws Exception {
        Stanza stanza = PacketParserUtils.parseStanza(
                "<iq xmlns='jabber:client' type='result' id='l1' from='abc@groups.example' to='alice@example/phone'>"
                + child + "</iq>");
        assertThat(stanza).isInstanceOf(LinksIq.class);
        return (LinksIq) stanza;
    }

    @Test
    void aCreatedLinkIsReadWithItsTokenAndUri() throws Exception {
        LinksIq iq = parse("<create xmlns='urn:svgroups:links:0'><link id='5f0c2a91d3e47b68' creator='alice@example'"
                + " created='2026-11-25T10:00:00Z' expires='2026-11-28T10:00:00Z' uses='0' max-uses='1'"
                + " token='Q2hhbmdlIHRoaXMgdG9rZW' uri='xmpp:abc@groups.example?svgroups-join;token=Q2hhbmdlIHRoaXMgdG9rZW'/>"
                + "</create>");

        assertThat(iq.getChildElementName()).isEqualTo("create");
        assertThat(iq.getItems()).singleElement().satisfies(link -> {
            assertThat(link).containsEntry("id", "5f0c2a91d3e47b68").containsEntry("max-uses", "1")
                    .containsEntry("token", "Q2hhbmdlIHRoaXMgdG9rZW");
            assertThat(link.get("uri")).endsWith("?svgroups-join;token=Q2hhbmdlIHRoaXMgdG9rZW");
        });
    }

    @Test
    void listsKeepTheirOrderAndAnEmptyListHasNoItems() throws Exception {
        LinksIq iq = parse("<requests xmlns='urn:svgroups:links:0'>"
                + "<request user='dave@example' link='a' created='2026-11-25T10:05:00Z'/>"
                + "<request user='bob@example' link='b' created='2026-11-25T10:06:00Z'><extra/></request>"
                + "</requests>");

        assertThat(iq.getItems()).extracting(item -> item.get("user")).containsExactly("dave@example", "bob@example");
        assertThat(parse("<links xmlns='urn:svgroups:links:0'/>").getItems()).isEmpty();
    }

    @Test
    void aRequestIsOneElementWithItsAttributesNullOnesLeftOut() throws Exception {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("days", "3");
        attributes.put("uses", null);
        LinksIq create = new LinksIq(JidCreate.entityBareFrom("abc@groups.example"), IQ.Type.set, "create", attributes);

        assertThat(create.getChildElementXML().toString())
                .isEqualTo("<create xmlns='urn:svgroups:links:0' days='3'/>");
        assertThat(new LinksIq(JidCreate.entityBareFrom("abc@groups.example"), IQ.Type.set, "join",
                Map.of("token", "<b>'&")).getChildElementXML().toString())
                .isEqualTo("<join xmlns='urn:svgroups:links:0' token='&lt;b>&apos;&amp;'/>");
    }
}
