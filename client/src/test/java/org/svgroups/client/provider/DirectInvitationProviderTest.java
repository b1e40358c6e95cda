package org.svgroups.client.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.packet.DirectInvitation;

class DirectInvitationProviderTest {

    @BeforeAll
    static void registerProviders() {
        SvGroupsProviders.register();
    }

    @Test
    void keepsTheReasonSmacksOwnProviderDrops() throws Exception {
        Message message = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='alice@example/phone'"
                + " to='bob@example' id='d1'><x xmlns='jabber:x:conference' jid='abc@groups.example'"
                + " reason='Dance &amp; film?'/></message>");

        GroupChatInvitation x = GroupChatInvitation.from(message);

        // Code written for Smack's class keeps working.
        assertThat(x).isInstanceOf(DirectInvitation.class);
        assertThat(x.getRoomAddress()).isEqualTo("abc@groups.example");
        assertThat(((DirectInvitation) x).getReason()).isEqualTo("Dance & film?");
    }

    @Test
    void theReasonIsOptional() throws Exception {
        Message message = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='alice@example/phone'"
                + " to='bob@example' id='d2'><x xmlns='jabber:x:conference' jid='abc@groups.example'/></message>");

        DirectInvitation x = (DirectInvitation) GroupChatInvitation.from(message);

        assertThat(x.getRoomAddress()).isEqualTo("abc@groups.example");
        assertThat(x.getReason()).isNull();
    }

    @Test
    void serialisesAsXep0249AndParsesBack() throws Exception {
        DirectInvitation x = new DirectInvitation(JidCreate.entityBareFrom("abc@groups.example"), "it's <fun> & more");

        Message parsed = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='alice@example/phone'"
                + " to='bob@example' id='d3'>" + x.toXML() + "</message>");

        DirectInvitation back = (DirectInvitation) GroupChatInvitation.from(parsed);
        assertThat(back.getRoomAddress()).isEqualTo("abc@groups.example");
        assertThat(back.getReason()).isEqualTo("it's <fun> & more");
        assertThat(new DirectInvitation(JidCreate.entityBareFrom("abc@groups.example"), null).toXML().toString())
                .isEqualTo("<x xmlns='jabber:x:conference' jid='abc@groups.example'/>");
    }
}
