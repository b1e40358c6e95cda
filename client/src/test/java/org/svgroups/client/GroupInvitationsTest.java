package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.core.refusal.AppCondition;

/** Sending invitations (mediated and direct) and hearing of received ones, against the scripted server. */
class GroupInvitationsTest extends AliceOnFakeServer {

    private static final String GROUP_FULL = FakeGroupServer.error("cancel", "policy-violation",
            "The group has reached its member cap of 32", "<group-full xmlns='urn:svgroups:errors:0'/>");

    private static final String NOT_FRIENDS = FakeGroupServer.error("auth", "forbidden",
            "You can only invite your friends.", "<not-friends xmlns='urn:svgroups:errors:0'/>");

    @Test
    void inviteJoinsForTheInvitationAndSurfacesARefusal() {
        server.inviteError = GROUP_FULL;

        assertThatThrownBy(() -> invitations.invite(group, "zoe", "join us"))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e).hasMessage("group-full: The group has reached its member cap of 32");
                    assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.policy_violation);
                    assertThat(e.getGroup().map(Object::toString)).contains(group.toString());
                });
        // It was not in the room before, so it is not after.
        assertThat(chat.isJoined(group)).isFalse();
        Message invite = server.sent(Message.class, m -> MUCUser.from(m) != null).get(0);
        assertThat(MUCUser.from(invite).getInvite().getReason()).isEqualTo("join us");
    }

    @Test
    void anAcceptedInvitationReturnsAndKeepsAnExistingJoin() throws Exception {
        chat.join(group);

        invitations.invite(group, "bob@svgroups.test", null);

        assertThat(chat.isJoined(group)).isTrue();
        assertThat(server.sent(Message.class, m -> MUCUser.from(m) != null)).hasSize(1);
    }

    @Test
    void inviteDirectIsAXep0249MessageToTheInvitee() throws Exception {
        invitations.inviteDirect(group, "bob", "dance?");

        List<Message> invitations = server.sent(Message.class, m -> GroupChatInvitation.from(m) != null);
        assertThat(invitations).hasSize(1);
        Message invitation = invitations.get(0);
        assertThat(invitation.getTo().toString()).isEqualTo("bob@svgroups.test");
        assertThat(GroupChatInvitation.from(invitation).toXML().toString())
                .isEqualTo("<x xmlns='jabber:x:conference' jid='" + group + "' reason='dance?'/>");
        // User to user: the room is neither entered nor sent anything but the round trip.
        assertThat(server.sent(Presence.class, p -> p.getTo() != null && p.getTo().hasResource())).isEmpty();
        assertThat(server.sent(Message.class, m -> m.getTo() != null && m.getTo().equals(group))).isEmpty();
    }

    @Test
    void aRefusedDirectInvitationIsRefusedWithNotFriends() {
        server.directInviteError = NOT_FRIENDS;

        assertThatThrownBy(() -> invitations.inviteDirect(group, "zoe", null))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getCondition()).contains(AppCondition.NOT_FRIENDS);
                    assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.forbidden);
                    assertThat(e.getGroup().map(Object::toString)).contains(group.toString());
                })
                .hasMessage("not-friends: You can only invite your friends.");
    }

    @Test
    void onlyTheAddresseeOrTheOwnServerCanRefuse() throws Exception {
        server.directInviteError = NOT_FRIENDS;
        server.errorFrom = "mallory@evil.test";

        invitations.inviteDirect(group, "bob", null);

        server.errorFrom = FakeGroupServer.DOMAIN;
        assertThatThrownBy(() -> invitations.inviteDirect(group, "bob", null))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class,
                        e -> assertThat(e.getCondition()).contains(AppCondition.NOT_FRIENDS));
    }

    @Test
    void invitationsAreReported() throws Exception {
        CompletableFuture<Invitation> invited = new CompletableFuture<>();
        invitations.addInvitationListener(invited::complete);

        server.push("<message xmlns='jabber:client' from='" + group + "' to='" + server.getUser() + "' id='i1'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='bob@svgroups.test/phone'>"
                + "<reason>dance?</reason></invite></x></message>");

        Invitation invitation = invited.get(2, TimeUnit.SECONDS);
        assertThat(invitation.group().toString()).isEqualTo(group.toString());
        assertThat(invitation.inviter().toString()).isEqualTo("bob@svgroups.test");
        assertThat(invitation.reason()).isEqualTo("dance?");
    }

    @Test
    void aGroupsInvitationCarryingBothMarkupsIsReportedOnceWithTheRealInviter() throws Exception {
        List<Invitation> invited = new java.util.concurrent.CopyOnWriteArrayList<>();
        invitations.addInvitationListener(invited::add);

        // What Openfire sends: XEP-0045 markup plus jabber:x:conference for old clients.
        server.push("<message xmlns='jabber:client' from='" + group + "' to='" + server.getUser() + "' id='i2'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='bob@svgroups.test'>"
                + "<reason>dance?</reason></invite></x>"
                + "<x xmlns='jabber:x:conference' jid='" + group + "'/></message>");
        // A later, separate invitation marks the point by which both listeners have seen the first one.
        server.push("<message xmlns='jabber:client' from='carol@svgroups.test/phone' to='" + server.getUser() + "' id='i3'>"
                + "<x xmlns='jabber:x:conference' jid='" + group + "'/></message>");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (invited.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200); // room for a duplicate to arrive, were there one
        assertThat(invited).extracting(i -> i.inviter().toString()).containsExactlyInAnyOrder("bob@svgroups.test", "carol@svgroups.test");
    }

    @Test
    void directInvitationsToGroupsOnTheServiceAreReported() throws Exception {
        CompletableFuture<Invitation> invited = new CompletableFuture<>();
        invitations.addInvitationListener(invited::complete);

        server.push("<message xmlns='jabber:client' from='bob@svgroups.test/phone' to='" + server.getUser() + "' id='d1'>"
                + "<x xmlns='jabber:x:conference' jid='" + group + "' reason='dance?'/></message>");

        assertThat(invited.get(2, TimeUnit.SECONDS))
                .isEqualTo(new Invitation(group, JidCreate.bareFrom("bob@svgroups.test"), "dance?"));
    }

    @Test
    void onlyDirectInvitationsToGroupsOnTheServiceCount() throws Exception {
        String to = server.getUser().toString();
        Message ours = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='bob@svgroups.test/phone' to='"
                + to + "' id='d1'><x xmlns='jabber:x:conference' jid='" + group + "'/></message>");
        Message otherService = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='bob@svgroups.test/phone'"
                + " to='" + to + "' id='d2'><x xmlns='jabber:x:conference' jid='room@conference.svgroups.test'/></message>");
        Message badAddress = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='bob@svgroups.test/phone'"
                + " to='" + to + "' id='d3'><x xmlns='jabber:x:conference' jid='a@b@groups.svgroups.test'/></message>");
        Message noAddress = PacketParserUtils.parseStanza("<message xmlns='jabber:client' from='bob@svgroups.test/phone'"
                + " to='" + to + "' id='d4'><x xmlns='jabber:x:conference'/></message>");
        // A refusal of our own direct invitation bounces with the invitation inside: not an invitation to us.
        Message bounce = PacketParserUtils.parseStanza("<message xmlns='jabber:client' type='error' from='zoe@svgroups.test'"
                + " to='" + to + "' id='d5'><x xmlns='jabber:x:conference' jid='" + group + "'/>" + NOT_FRIENDS + "</message>");

        assertThat(invitations.directInvitation(ours))
                .contains(new Invitation(group, JidCreate.bareFrom("bob@svgroups.test"), null));
        assertThat(invitations.directInvitation(otherService)).isEmpty();
        assertThat(invitations.directInvitation(badAddress)).isEmpty();
        assertThat(invitations.directInvitation(noAddress)).isEmpty();
        assertThat(invitations.directInvitation(bounce)).isEmpty();
    }
}
