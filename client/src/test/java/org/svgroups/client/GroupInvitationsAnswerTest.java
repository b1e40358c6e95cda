package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.packet.AcceptIq;
import org.svgroups.client.packet.InvitationsIq;
import org.svgroups.core.refusal.AppCondition;

/** The pending invitations, and accepting or declining one, against the scripted server. */
class GroupInvitationsAnswerTest extends AliceOnFakeServer {

    /** bob invited alice to the test group; alice invited carol to another. */
    private static final String PENDING = "<invitations xmlns='urn:svgroups:0'>"
            + "<received group='other1234567@groups.svgroups.test' name='Film' inviter='dave@svgroups.test'"
            + " created='2026-11-24T09:00:00Z' expires='2026-12-01T09:00:00Z'/>"
            + "<received group='k3xq7vbm2ard@groups.svgroups.test' name='Dance crew' inviter='bob@svgroups.test'"
            + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'><reason>join us</reason></received>"
            + "<sent group='other1234567@groups.svgroups.test' name='Film' invitee='carol@svgroups.test'"
            + " created='2026-11-25T11:00:00Z' expires='2026-12-02T11:00:00Z'/>"
            + "</invitations>";

    @Test
    void invitationsAsksTheServiceAndReturnsBothDirections() throws Exception {
        server.invitationsResult = PENDING;

        PendingInvitations pending = invitations.invitations();

        assertThat(pending.received()).containsExactly(
                new ReceivedInvitation(JidCreate.entityBareFrom("other1234567@groups.svgroups.test"), "Film",
                        JidCreate.entityBareFrom("dave@svgroups.test"), null, Instant.parse("2026-11-24T09:00:00Z"),
                        Instant.parse("2026-12-01T09:00:00Z")),
                new ReceivedInvitation(group, "Dance crew", JidCreate.entityBareFrom("bob@svgroups.test"), "join us",
                        Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-12-02T10:00:00Z")));
        assertThat(pending.sent()).extracting(i -> i.invitee().toString()).containsExactly("carol@svgroups.test");
        IQ request = server.sent(IQ.class, iq -> iq instanceof InvitationsIq).get(0);
        assertThat(request.getType()).isEqualTo(IQ.Type.get);
        assertThat(request.getTo().toString()).isEqualTo(FakeGroupServer.SERVICE);
        assertThat(invitations.invitations().receivedFor(group).map(ReceivedInvitation::name)).contains("Dance crew");
    }

    @Test
    void noInvitationsIsAnEmptyAnswer() throws Exception {
        assertThat(invitations.invitations()).isEqualTo(PendingInvitations.NONE);
    }

    @Test
    void acceptIsAnEmptySetToTheGroupAndDoesNotEnterTheRoom() throws Exception {
        invitations.accept(group);

        IQ accept = server.sent(IQ.class, iq -> iq instanceof AcceptIq).get(0);
        assertThat(accept.toXML().toString()).isEqualTo("<iq xmlns='jabber:client' to='" + group + "' id='"
                + accept.getStanzaId() + "' type='set'><accept xmlns='urn:svgroups:0'/></iq>");
        assertThat(server.sent(Presence.class, p -> p.getTo() != null && p.getTo().hasResource())).isEmpty();
        assertThat(chat.isJoined(group)).isFalse();
    }

    @Test
    void acceptWithoutAPendingInvitationIsRefusedWithItemNotFound() {
        server.acceptError = FakeGroupServer.error("cancel", "item-not-found",
                "You have no pending invitation to this group.", null);

        assertThatThrownBy(() -> invitations.accept(group))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.item_not_found);
                    assertThat(e.getConditionName()).isNull();
                    assertThat(e.getGroup().map(Object::toString)).contains(group.toString());
                })
                .hasMessage("item-not-found: You have no pending invitation to this group.");
    }

    @Test
    void acceptCanBeRefusedForAge() {
        server.acceptError = FakeGroupServer.error("auth", "forbidden", "Groups are for 13 and over.",
                "<age-restricted xmlns='urn:svgroups:errors:0'/>");

        assertThatThrownBy(() -> invitations.accept(group))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class,
                        e -> assertThat(e.getCondition()).contains(AppCondition.AGE_RESTRICTED));
    }

    @Test
    void declineIsAMucDeclineToTheGroupAddressedToTheInviter() throws Exception {
        invitations.decline(group, JidCreate.bareFrom("bob@svgroups.test"), "not now");

        List<Message> declines = server.sent(Message.class, m -> MUCUser.from(m) != null);
        assertThat(declines).hasSize(1);
        Message decline = declines.get(0);
        assertThat(decline.getTo().toString()).isEqualTo(group.toString());
        assertThat(decline.getType()).isEqualTo(Message.Type.normal);
        assertThat(MUCUser.from(decline).getInvite()).isNull();
        assertThat(MUCUser.from(decline).toXML().toString()).isEqualTo("<x xmlns='http://jabber.org/protocol/muc#user'>"
                + "<decline to='bob@svgroups.test'><reason>not now</reason></decline></x>");
        // Declining needs no room.
        assertThat(server.sent(Presence.class, p -> p.getTo() != null && p.getTo().hasResource())).isEmpty();
    }

    @Test
    void aRefusedDeclineSurfaces() {
        server.declineError = FakeGroupServer.error("cancel", "item-not-found", "No pending invitation.", null);

        assertThatThrownBy(() -> invitations.decline(group, JidCreate.bareFrom("bob@svgroups.test"), null))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class,
                        e -> assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.item_not_found));
    }

    @Test
    void declineOnlyAddressesUsers() {
        assertThatThrownBy(() -> invitations.decline(group, JidCreate.bareFrom("svgroups.test"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a valid user address: svgroups.test");
        assertThat(server.sent(Message.class, m -> true)).isEmpty();
    }

    @Test
    void declineByGroupLooksUpItsInviter() throws Exception {
        server.invitationsResult = PENDING;

        invitations.decline(group, "too busy");

        Message decline = server.sent(Message.class, m -> MUCUser.from(m) != null).get(0);
        assertThat(decline.getTo().toString()).isEqualTo(group.toString());
        assertThat(MUCUser.from(decline).getDecline().getTo().toString()).isEqualTo("bob@svgroups.test");
        assertThat(MUCUser.from(decline).getDecline().getReason()).isEqualTo("too busy");
    }

    @Test
    void declineByGroupWithoutAPendingInvitationSaysSoAndSendsNothing() throws Exception {
        server.invitationsResult = PENDING;
        EntityBareJid unknown = JidCreate.entityBareFrom("nothing12345@" + FakeGroupServer.SERVICE);

        assertThatThrownBy(() -> invitations.decline(unknown, null))
                .isInstanceOf(SvGroupsException.InvitationNotFound.class)
                .hasMessage("decline: no pending invitation to nothing12345@groups.svgroups.test"
                        + " (it may have expired or been answered already)");
        assertThat(server.sent(Message.class, m -> true)).isEmpty();
    }
}
