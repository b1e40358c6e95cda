package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jivesoftware.smackx.muc.packet.MUCInitialPresence;
import org.jivesoftware.smackx.muc.packet.MUCOwner;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.packet.AcceptIq;
import org.svgroups.client.packet.InvitationsIq;
import org.svgroups.client.packet.LeaveIq;
import org.svgroups.core.refusal.AppCondition;

class SvGroupsManagerTest {

    private static final String GROUP_FULL = FakeGroupServer.error("cancel", "policy-violation",
            "The group has reached its member cap of 32", "<group-full xmlns='urn:svgroups:errors:0'/>");

    private static final String NOT_FRIENDS = FakeGroupServer.error("auth", "forbidden",
            "You can only invite your friends.", "<not-friends xmlns='urn:svgroups:errors:0'/>");

    /** bob invited alice to the test group; alice invited carol to another. */
    private static final String PENDING = "<invitations xmlns='urn:svgroups:0'>"
            + "<received group='other1234567@groups.svgroups.test' name='Film' inviter='dave@svgroups.test'"
            + " created='2026-11-24T09:00:00Z' expires='2026-12-01T09:00:00Z'/>"
            + "<received group='k3xq7vbm2ard@groups.svgroups.test' name='Dance crew' inviter='bob@svgroups.test'"
            + " created='2026-11-25T10:00:00Z' expires='2026-12-02T10:00:00Z'><reason>join us</reason></received>"
            + "<sent group='other1234567@groups.svgroups.test' name='Film' invitee='carol@svgroups.test'"
            + " created='2026-11-25T11:00:00Z' expires='2026-12-02T11:00:00Z'/>"
            + "</invitations>";

    private FakeGroupServer server;
    private SvGroupsManager groups;
    private EntityBareJid group;

    @BeforeEach
    void connect() throws Exception {
        server = FakeGroupServer.loggedIn("alice");
        groups = SvGroupsManager.getInstanceFor(server);
        groups.setInvitationGrace(Duration.ofMillis(50));
        group = JidCreate.entityBareFrom("k3xq7vbm2ard@" + FakeGroupServer.SERVICE);
        server.addRoom(group.toString());
    }

    @AfterEach
    void disconnect() {
        server.disconnect();
    }

    @Test
    void discoversTheServiceWithTheSvGroupsFeature() throws Exception {
        // The fake lists conference.svgroups.test first: a plain MUC service without the feature.
        assertThat(groups.getService().toString()).isEqualTo(FakeGroupServer.SERVICE);
    }

    @Test
    void anExplicitServiceSkipsDiscovery() throws Exception {
        groups.setService(JidCreate.domainBareFrom("chat.elsewhere.test"));

        assertThat(groups.getService().toString()).isEqualTo("chat.elsewhere.test");
        assertThat(server.sent(IQ.class, iq -> true)).isEmpty();
    }

    @Test
    void aServerWithoutGroupServiceIsAClearError() {
        server.offersService = false;

        assertThatThrownBy(() -> groups.listGroups())
                .isInstanceOf(SvGroupsException.ServiceNotFound.class)
                .hasMessageStartingWith("no group service on svgroups.test: none of its disco#items has feature urn:svgroups:0");
    }

    @Test
    void createGroupSubmitsOnlyTheNameThenInvitesEachMember() throws Exception {
        Group created = groups.createGroup("Dance crew", List.of("bob", "carol@other.test"));

        assertThat(created.name()).isEqualTo("Dance crew");
        assertThat(created.jid().getLocalpart().toString()).matches("[a-z2-7]{12}");
        assertThat(created.jid().getDomain().toString()).isEqualTo(FakeGroupServer.SERVICE);
        EntityBareJid jid = created.jid();

        // Entered the room as "alice" with a MUC join presence.
        List<Presence> joins = server.sent(Presence.class, p -> p.getTo() != null && p.getTo().asBareJid().equals(jid));
        assertThat(joins).hasSize(1);
        assertThat(joins.get(0).getTo().getResourceOrThrow().toString()).isEqualTo("alice");
        assertThat(joins.get(0).hasExtension(MUCInitialPresence.ELEMENT, MUCInitialPresence.NAMESPACE)).isTrue();

        // One configuration submission, carrying nothing but FORM_TYPE and the name.
        List<IQ> config = server.sent(IQ.class, iq -> iq instanceof MUCOwner && iq.getType() == IQ.Type.set);
        assertThat(config).hasSize(1);
        DataForm form = DataForm.from(config.get(0));
        assertThat(form.getType()).isEqualTo(DataForm.Type.submit);
        assertThat(form.getFields()).extracting(FormField::getFieldName)
                .containsExactly("FORM_TYPE", "muc#roomconfig_roomname");
        assertThat(form.getField("muc#roomconfig_roomname").getFirstValue()).isEqualTo("Dance crew");
        assertThat(form.getFormType()).isEqualTo("http://jabber.org/protocol/muc#roomconfig");

        // Mediated invitations, addressed to the room, usernames resolved against the user's domain.
        List<Message> invites = server.sent(Message.class, m -> MUCUser.from(m) != null && MUCUser.from(m).getInvite() != null);
        assertThat(invites).allSatisfy(m -> assertThat(m.getTo().toString()).isEqualTo(jid.toString()));
        assertThat(invites).extracting(m -> MUCUser.from(m).getInvite().getTo().toString())
                .containsExactly("bob@svgroups.test", "carol@other.test");

        assertThat(groups.isJoined(jid)).isTrue();
    }

    @Test
    void descriptionIsTheOnlyOtherFieldEverSubmitted() throws Exception {
        DataForm withDescription = DataForm.from(SvGroupsManager.configurationRequest(group, "Crew", "We dance"));
        DataForm blankDescription = DataForm.from(SvGroupsManager.configurationRequest(group, "Crew", " "));

        assertThat(withDescription.getFields()).extracting(FormField::getFieldName)
                .containsExactly("FORM_TYPE", "muc#roomconfig_roomname", "muc#roomconfig_roomdesc");
        assertThat(withDescription.getField("muc#roomconfig_roomdesc").getFirstValue()).isEqualTo("We dance");
        assertThat(blankDescription.getFields()).extracting(FormField::getFieldName)
                .containsExactly("FORM_TYPE", "muc#roomconfig_roomname");
    }

    @Test
    void anInvalidMemberIsRejectedBeforeAnythingIsCreated() {
        assertThatThrownBy(() -> groups.createGroup("Crew", List.of("bob", "not/valid")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid user: not/valid");
        assertThat(server.sent(Presence.class, p -> p.getTo() != null && p.getTo().hasResource())).isEmpty();
    }

    @Test
    void aRefusedConfigurationIsARefusalWithoutGroup() {
        server.configError = FakeGroupServer.error("modify", "not-acceptable", "groups are never listed publicly",
                "<profile-locked xmlns='urn:svgroups:errors:0' option='muc#roomconfig_publicroom'/>");

        assertThatThrownBy(() -> groups.createGroup("Crew", List.of()))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getCondition()).contains(AppCondition.PROFILE_LOCKED);
                    assertThat(e.getRefusal().option()).contains("muc#roomconfig_publicroom");
                    assertThat(e.getGroup()).isEmpty();
                });
    }

    @Test
    void aRefusedInitialInvitationNamesTheGroupThatWasCreated() {
        server.inviteError = GROUP_FULL;

        assertThatThrownBy(() -> groups.createGroup("Crew", List.of("bob")))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getCondition()).contains(AppCondition.GROUP_FULL);
                    assertThat(e.getGroup()).isPresent();
                    assertThat(e.getGroup().get().getDomain().toString()).isEqualTo(FakeGroupServer.SERVICE);
                });
    }

    @Test
    void inviteJoinsForTheInvitationAndSurfacesARefusal() {
        server.inviteError = GROUP_FULL;

        assertThatThrownBy(() -> groups.invite(group, "zoe", "join us"))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e).hasMessage("group-full: The group has reached its member cap of 32");
                    assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.policy_violation);
                    assertThat(e.getGroup().map(Object::toString)).contains(group.toString());
                });
        // It was not in the room before, so it is not after.
        assertThat(groups.isJoined(group)).isFalse();
        Message invite = server.sent(Message.class, m -> MUCUser.from(m) != null).get(0);
        assertThat(MUCUser.from(invite).getInvite().getReason()).isEqualTo("join us");
    }

    @Test
    void anAcceptedInvitationReturnsAndKeepsAnExistingJoin() throws Exception {
        groups.join(group);

        groups.invite(group, "bob@svgroups.test", null);

        assertThat(groups.isJoined(group)).isTrue();
        assertThat(server.sent(Message.class, m -> MUCUser.from(m) != null)).hasSize(1);
    }

    @Test
    void listGroupsAsksTheServiceAndReturnsItsAnswer() throws Exception {
        server.groupsResult = "<groups xmlns='urn:svgroups:0'>"
                + "<group jid='abc@groups.svgroups.test' name='Dance crew' affiliation='owner' members='3' cap='32'/>"
                + "</groups>";

        List<GroupSummary> list = groups.listGroups();

        assertThat(list).containsExactly(new GroupSummary(JidCreate.entityBareFrom("abc@groups.svgroups.test"),
                "Dance crew", MUCAffiliation.owner, 3, 32));
        IQ request = server.sent(IQ.class, iq -> "groups".equals(iq.getChildElementName())).get(0);
        assertThat(request.getType()).isEqualTo(IQ.Type.get);
        assertThat(request.getTo().toString()).isEqualTo(FakeGroupServer.SERVICE);
    }

    @Test
    void leaveExitsTheRoomFirstThenGivesUpTheMembership() throws Exception {
        groups.join(group);

        groups.leave(group);

        assertThat(groups.isJoined(group)).isFalse();
        int exitAt = -1;
        int leaveAt = -1;
        for (int i = 0; i < server.sent.size(); i++) {
            if (server.sent.get(i) instanceof Presence p && p.getType() == Presence.Type.unavailable) {
                exitAt = i;
            }
            if (server.sent.get(i) instanceof LeaveIq iq) {
                leaveAt = i;
                assertThat(iq.getType()).isEqualTo(IQ.Type.set);
                assertThat(iq.getTo().toString()).isEqualTo(group.toString());
            }
        }
        assertThat(exitAt).isNotNegative();
        assertThat(leaveAt).isGreaterThan(exitAt);
    }

    @Test
    void sendReturnsTheReflectedMessage() throws Exception {
        GroupMessage echo = groups.send(group, "hi <all> & 'you'");

        assertThat(echo.body()).isEqualTo("hi <all> & 'you'");
        assertThat(echo.own()).isTrue();
        assertThat(echo.nickname()).isEqualTo("alice");
        Message sent = server.sent(Message.class, m -> m.getType() == Message.Type.groupchat).get(0);
        assertThat(sent.getTo().toString()).isEqualTo(group.toString());
        // The reflection also reached the queue, as any message in the room does.
        assertThat(groups.awaitMessage(group, Duration.ofSeconds(2))).hasValueSatisfying(m -> assertThat(m.own()).isTrue());
    }

    @Test
    void aRefusedMessageSurfacesEvenAConditionThisVersionDoesNotKnow() {
        // A condition a newer server might add: this library version does not know it, but reports it faithfully.
        server.messageError = FakeGroupServer.error("cancel", "not-acceptable", "That video is gone",
                "<made-up-condition xmlns='urn:svgroups:errors:0'/>");

        assertThatThrownBy(() -> groups.send(group, "look"))
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

        assertThatThrownBy(() -> groups.send(group, "look"))
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

        assertThatThrownBy(() -> groups.send(group, "anyone?"))
                .isInstanceOf(SvGroupsException.NoResponse.class)
                .hasMessageContaining("did not confirm the message within 300 ms");
    }

    @Test
    void othersMessagesArriveWithNicknameAndRealJid() throws Exception {
        CompletableFuture<GroupMessage> heard = new CompletableFuture<>();
        groups.addMessageListener(group, heard::complete);
        groups.join(group);

        server.push("<presence xmlns='jabber:client' from='" + group + "/bob' to='" + server.getUser() + "'>"
                        + "<x xmlns='http://jabber.org/protocol/muc#user'>"
                        + "<item affiliation='member' role='participant' jid='bob@svgroups.test/phone'/></x></presence>",
                "<message xmlns='jabber:client' type='groupchat' id='b1' from='" + group + "/bob' to='"
                        + server.getUser() + "'><body>yo</body></message>");

        GroupMessage message = groups.awaitMessage(group, m -> !m.own(), Duration.ofSeconds(2)).orElseThrow();
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

        assertThatThrownBy(() -> groups.send(missing, "hello?"))
                .isInstanceOf(SvGroupsException.GroupNotFound.class)
                .hasMessage("no such group: nosuchgroup1@groups.svgroups.test");

        List<IQ> destroys = server.sent(IQ.class, iq -> iq instanceof MUCOwner && ((MUCOwner) iq).getDestroy() != null);
        assertThat(destroys).extracting(iq -> iq.getTo().toString()).containsExactly(missing.toString());
        assertThat(server.sent(Message.class, m -> m.getType() == Message.Type.groupchat)).isEmpty();
        assertThat(groups.isJoined(missing)).isFalse();
    }

    @Test
    void awaitMessageTimesOutEmpty() throws Exception {
        groups.join(group);

        assertThat(groups.awaitMessage(group, Duration.ofMillis(100))).isEmpty();
    }

    @Test
    void invitationsAreReported() throws Exception {
        CompletableFuture<Invitation> invited = new CompletableFuture<>();
        groups.addInvitationListener(invited::complete);

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
        groups.addInvitationListener(invited::add);

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

    // ---- pending invitations, accept, decline, direct invitations ------------------------------------------------

    @Test
    void invitationsAsksTheServiceAndReturnsBothDirections() throws Exception {
        server.invitationsResult = PENDING;

        PendingInvitations pending = groups.invitations();

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
        assertThat(groups.invitations().receivedFor(group).map(ReceivedInvitation::name)).contains("Dance crew");
    }

    @Test
    void noInvitationsIsAnEmptyAnswer() throws Exception {
        assertThat(groups.invitations()).isEqualTo(PendingInvitations.NONE);
    }

    @Test
    void acceptIsAnEmptySetToTheGroupAndDoesNotEnterTheRoom() throws Exception {
        groups.accept(group);

        IQ accept = server.sent(IQ.class, iq -> iq instanceof AcceptIq).get(0);
        assertThat(accept.toXML().toString()).isEqualTo("<iq xmlns='jabber:client' to='" + group + "' id='"
                + accept.getStanzaId() + "' type='set'><accept xmlns='urn:svgroups:0'/></iq>");
        assertThat(server.sent(Presence.class, p -> p.getTo() != null && p.getTo().hasResource())).isEmpty();
        assertThat(groups.isJoined(group)).isFalse();
    }

    @Test
    void acceptWithoutAPendingInvitationIsRefusedWithItemNotFound() {
        server.acceptError = FakeGroupServer.error("cancel", "item-not-found",
                "You have no pending invitation to this group.", null);

        assertThatThrownBy(() -> groups.accept(group))
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

        assertThatThrownBy(() -> groups.accept(group))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class,
                        e -> assertThat(e.getCondition()).contains(AppCondition.AGE_RESTRICTED));
    }

    @Test
    void declineIsAMucDeclineToTheGroupAddressedToTheInviter() throws Exception {
        groups.decline(group, JidCreate.bareFrom("bob@svgroups.test"), "not now");

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

        assertThatThrownBy(() -> groups.decline(group, JidCreate.bareFrom("bob@svgroups.test"), null))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class,
                        e -> assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.item_not_found));
    }

    @Test
    void declineOnlyAddressesUsers() {
        assertThatThrownBy(() -> groups.decline(group, JidCreate.bareFrom("svgroups.test"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a valid user address: svgroups.test");
        assertThat(server.sent(Message.class, m -> true)).isEmpty();
    }

    @Test
    void declineByGroupLooksUpItsInviter() throws Exception {
        server.invitationsResult = PENDING;

        groups.decline(group, "too busy");

        Message decline = server.sent(Message.class, m -> MUCUser.from(m) != null).get(0);
        assertThat(decline.getTo().toString()).isEqualTo(group.toString());
        assertThat(MUCUser.from(decline).getDecline().getTo().toString()).isEqualTo("bob@svgroups.test");
        assertThat(MUCUser.from(decline).getDecline().getReason()).isEqualTo("too busy");
    }

    @Test
    void declineByGroupWithoutAPendingInvitationSaysSoAndSendsNothing() throws Exception {
        server.invitationsResult = PENDING;
        EntityBareJid unknown = JidCreate.entityBareFrom("nothing12345@" + FakeGroupServer.SERVICE);

        assertThatThrownBy(() -> groups.decline(unknown, null))
                .isInstanceOf(SvGroupsException.InvitationNotFound.class)
                .hasMessage("decline: no pending invitation to nothing12345@groups.svgroups.test"
                        + " (it may have expired or been answered already)");
        assertThat(server.sent(Message.class, m -> true)).isEmpty();
    }

    @Test
    void inviteDirectIsAXep0249MessageToTheInvitee() throws Exception {
        groups.inviteDirect(group, "bob", "dance?");

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

        assertThatThrownBy(() -> groups.inviteDirect(group, "zoe", null))
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

        groups.inviteDirect(group, "bob", null);

        server.errorFrom = FakeGroupServer.DOMAIN;
        assertThatThrownBy(() -> groups.inviteDirect(group, "bob", null))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class,
                        e -> assertThat(e.getCondition()).contains(AppCondition.NOT_FRIENDS));
    }

    @Test
    void directInvitationsToGroupsOnTheServiceAreReported() throws Exception {
        CompletableFuture<Invitation> invited = new CompletableFuture<>();
        groups.addInvitationListener(invited::complete);

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

        assertThat(groups.directInvitation(ours))
                .contains(new Invitation(group, JidCreate.bareFrom("bob@svgroups.test"), null));
        assertThat(groups.directInvitation(otherService)).isEmpty();
        assertThat(groups.directInvitation(badAddress)).isEmpty();
        assertThat(groups.directInvitation(noAddress)).isEmpty();
        assertThat(groups.directInvitation(bounce)).isEmpty();
    }

    @Test
    void usersAndGroupsResolveFromShortForms() throws Exception {
        assertThat(groups.userJid("bob").toString()).isEqualTo("bob@svgroups.test");
        assertThat(groups.userJid("carol@other.test").toString()).isEqualTo("carol@other.test");
        EntityBareJid dave = JidCreate.entityBareFrom("dave@x.test");
        assertThat((Object) groups.userJid(dave)).isSameAs(dave);
        assertThat(groups.groupJid("abc").toString()).isEqualTo("abc@" + FakeGroupServer.SERVICE);
        assertThat(groups.groupJid("abc@groups.other.test").toString()).isEqualTo("abc@groups.other.test");
        assertThatThrownBy(() -> groups.userJid("a/b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid user: a/b");
    }
}
