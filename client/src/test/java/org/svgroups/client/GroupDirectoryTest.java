package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.muc.packet.MUCInitialPresence;
import org.jivesoftware.smackx.muc.packet.MUCOwner;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.packet.LeaveIq;
import org.svgroups.core.refusal.AppCondition;

/** Creating, listing and leaving groups against the scripted server. */
class GroupDirectoryTest extends AliceOnFakeServer {

    private static final String GROUP_FULL = FakeGroupServer.error("cancel", "policy-violation",
            "The group has reached its member cap of 32", "<group-full xmlns='urn:svgroups:errors:0'/>");

    @Test
    void createGroupSubmitsOnlyTheNameThenInvitesEachMember() throws Exception {
        Group created = directory.createGroup("Dance crew", List.of("bob", "carol@other.test"));

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

        assertThat(chat.isJoined(jid)).isTrue();
    }

    @Test
    void descriptionIsTheOnlyOtherFieldEverSubmitted() throws Exception {
        DataForm withDescription = DataForm.from(GroupDirectory.configurationRequest(group, "Crew", "We dance"));
        DataForm blankDescription = DataForm.from(GroupDirectory.configurationRequest(group, "Crew", " "));

        assertThat(withDescription.getFields()).extracting(FormField::getFieldName)
                .containsExactly("FORM_TYPE", "muc#roomconfig_roomname", "muc#roomconfig_roomdesc");
        assertThat(withDescription.getField("muc#roomconfig_roomdesc").getFirstValue()).isEqualTo("We dance");
        assertThat(blankDescription.getFields()).extracting(FormField::getFieldName)
                .containsExactly("FORM_TYPE", "muc#roomconfig_roomname");
    }

    @Test
    void anInvalidMemberIsRejectedBeforeAnythingIsCreated() {
        assertThatThrownBy(() -> directory.createGroup("Crew", List.of("bob", "not/valid")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid user: not/valid");
        assertThat(server.sent(Presence.class, p -> p.getTo() != null && p.getTo().hasResource())).isEmpty();
    }

    @Test
    void aRefusedConfigurationIsARefusalWithoutGroup() {
        server.configError = FakeGroupServer.error("modify", "not-acceptable", "groups are never listed publicly",
                "<profile-locked xmlns='urn:svgroups:errors:0' option='muc#roomconfig_publicroom'/>");

        assertThatThrownBy(() -> directory.createGroup("Crew", List.of()))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getCondition()).contains(AppCondition.PROFILE_LOCKED);
                    assertThat(e.getRefusal().option()).contains("muc#roomconfig_publicroom");
                    assertThat(e.getGroup()).isEmpty();
                });
    }

    @Test
    void aRefusedInitialInvitationNamesTheGroupThatWasCreated() {
        server.inviteError = GROUP_FULL;

        assertThatThrownBy(() -> directory.createGroup("Crew", List.of("bob")))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getCondition()).contains(AppCondition.GROUP_FULL);
                    assertThat(e.getGroup()).isPresent();
                    assertThat(e.getGroup().get().getDomain().toString()).isEqualTo(FakeGroupServer.SERVICE);
                });
    }

    @Test
    void listGroupsAsksTheServiceAndReturnsItsAnswer() throws Exception {
        server.groupsResult = "<groups xmlns='urn:svgroups:0'>"
                + "<group jid='abc@groups.svgroups.test' name='Dance crew' affiliation='owner' members='3' cap='32'/>"
                + "</groups>";

        List<GroupSummary> list = directory.listGroups();

        assertThat(list).containsExactly(new GroupSummary(JidCreate.entityBareFrom("abc@groups.svgroups.test"),
                "Dance crew", MUCAffiliation.owner, 3, 32));
        IQ request = server.sent(IQ.class, iq -> "groups".equals(iq.getChildElementName())).get(0);
        assertThat(request.getType()).isEqualTo(IQ.Type.get);
        assertThat(request.getTo().toString()).isEqualTo(FakeGroupServer.SERVICE);
    }

    @Test
    void leaveExitsTheRoomFirstThenGivesUpTheMembership() throws Exception {
        chat.join(group);

        directory.leave(group);

        assertThat(chat.isJoined(group)).isFalse();
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
}
