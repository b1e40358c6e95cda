package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.packet.MUCOwner;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.core.refusal.AppCondition;

/** Posting in a group and receiving its messages against the scripted server. */
class GroupChatTest extends AliceOnFakeServer {

    @Test
    void sendReturnsTheReflectedMessage() throws Exception {
        GroupMessage echo = chat.send(group, "hi <all> & 'you'");

        assertThat(echo.body()).isEqualTo("hi <all> & 'you'");
        assertThat(echo.own()).isTrue();
        assertThat(echo.nickname()).isEqualTo("alice");
        Message sent = server.sent(Message.class, m -> m.getType() == Message.Type.groupchat).get(0);
        assertThat(sent.getTo().toString()).isEqualTo(group.toString());
        // The reflection also reached the queue, as any message in the room does.
        assertThat(chat.awaitMessage(group, Duration.ofSeconds(2))).hasValueSatisfying(m -> assertThat(m.own()).isTrue());
    }

    @Test
    void aRefusedMessageSurfacesEvenAConditionThisVersionDoesNotKnow() {
        // A condition a newer server might add: this library version does not know it, but reports it faithfully.
        server.messageError = FakeGroupServer.error("cancel", "not-acceptable", "That video is gone",
                "<made-up-condition xmlns='urn:svgroups:errors:0'/>");

        assertThatThrownBy(() -> chat.send(group, "look"))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getCondition()).isEmpty();
                    assertThat(e.getConditionName()).isEqualTo("made-up-condition");
                    assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.not_acceptable);
                })
                .hasMessage("made-up-condition: That video is gone");
    }

    @Test
    void aRefusedMessageCarriesAShareConditionNowKnown() {
        server.messageError = FakeGroupServer.error("cancel", "item-not-found", "That video is gone",
                "<content-unavailable xmlns='urn:svgroups:errors:0'/>");

        assertThatThrownBy(() -> chat.send(group, "look"))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getCondition()).contains(AppCondition.CONTENT_UNAVAILABLE);
                    assertThat(e.getConditionName()).isEqualTo("content-unavailable");
                    assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.item_not_found);
                })
                .hasMessage("content-unavailable: That video is gone");
    }

    @Test
    void anUnconfirmedMessageIsANoResponse() {
        server.reflectMessages = false;
        server.setReplyTimeout(300);

        assertThatThrownBy(() -> chat.send(group, "anyone?"))
                .isInstanceOf(SvGroupsException.NoResponse.class)
                .hasMessageContaining("did not confirm the message within 300 ms");
    }

    @Test
    void othersMessagesArriveWithNicknameAndRealJid() throws Exception {
        CompletableFuture<GroupMessage> heard = new CompletableFuture<>();
        chat.addMessageListener(group, heard::complete);
        chat.join(group);

        server.push("<presence xmlns='jabber:client' from='" + group + "/bob' to='" + server.getUser() + "'>"
                        + "<x xmlns='http://jabber.org/protocol/muc#user'>"
                        + "<item affiliation='member' role='participant' jid='bob@svgroups.test/phone'/></x></presence>",
                "<message xmlns='jabber:client' type='groupchat' id='b1' from='" + group + "/bob' to='"
                        + server.getUser() + "'><body>yo</body></message>");

        GroupMessage message = chat.awaitMessage(group, m -> !m.own(), Duration.ofSeconds(2)).orElseThrow();
        assertThat(message.nickname()).isEqualTo("bob");
        assertThat(message.sender().toString()).isEqualTo("bob@svgroups.test");
        assertThat(message.body()).isEqualTo("yo");
        assertThat(message.own()).isFalse();
        assertThat(message.delayed()).isFalse();
        assertThat(heard.get(2, TimeUnit.SECONDS).body()).isEqualTo("yo");
    }

    @Test
    void enteringAMissingGroupDestroysTheRoomItCreatedAndSaysSo() throws Exception {
        EntityBareJid missing = JidCreate.entityBareFrom("nosuchgroup1@" + FakeGroupServer.SERVICE);

        assertThatThrownBy(() -> chat.send(missing, "hello?"))
                .isInstanceOf(SvGroupsException.GroupNotFound.class)
                .hasMessage("no such group: nosuchgroup1@groups.svgroups.test");

        List<IQ> destroys = server.sent(IQ.class, iq -> iq instanceof MUCOwner && ((MUCOwner) iq).getDestroy() != null);
        assertThat(destroys).extracting(iq -> iq.getTo().toString()).containsExactly(missing.toString());
        assertThat(server.sent(Message.class, m -> m.getType() == Message.Type.groupchat)).isEmpty();
        assertThat(chat.isJoined(missing)).isFalse();
    }

    @Test
    void awaitMessageTimesOutEmpty() throws Exception {
        chat.join(group);

        assertThat(chat.awaitMessage(group, Duration.ofMillis(100))).isEmpty();
    }
}
