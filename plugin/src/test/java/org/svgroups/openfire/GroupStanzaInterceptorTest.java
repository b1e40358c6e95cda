package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.rules.GroupRules;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.PacketError;

/**
 * Real stanzas through the interceptor and the real group rules; only Openfire's MUC service and room (the edge)
 * are mocked, holding a group of three with a cap of three.
 */
class GroupStanzaInterceptorTest {

    private static final String SERVICE = "groups.example.org";
    private static final JID ROOM = new JID("crew@" + SERVICE);
    private static final JID ALICE = new JID("alice@example.org/phone");

    private GroupStanzaInterceptor interceptor;

    @BeforeEach
    void aFullGroupOfThree() {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getServiceDomain()).thenReturn(SERVICE);
        MUCRoom room = mock(MUCRoom.class);
        when(service.getChatRoom("crew")).thenReturn(room);
        when(room.getOwners()).thenReturn(List.of(new JID("alice@example.org")));
        when(room.getAdmins()).thenReturn(List.of());
        when(room.getMembers()).thenReturn(List.of(new JID("bob@example.org"), new JID("carol@example.org")));
        GroupSettings capOfThree = GroupSettings.withMemberCap(3);
        interceptor = new GroupStanzaInterceptor(new GroupService(service, capOfThree), new GroupRules(capOfThree));
    }

    @Test
    void aMucAdminGrantToAnOutsiderIsRefusedWithGroupFull() {
        IQ grant = adminSet(Map.of("dave@example.org", "member"));

        PacketError error = rejectionOf(grant);

        assertThat(error.getCondition()).isEqualTo(PacketError.Condition.not_allowed);
        assertThat(error.getApplicationConditionName()).isEqualTo("group-full");
        assertThat(error.getApplicationConditionNamespaceURI()).isEqualTo("urn:svgroups:errors:0");
        assertThat(error.getText()).contains("3");
    }

    @Test
    void aMucAdminChangeWithinTheGroupPasses() {
        assertPasses(adminSet(Map.of("bob@example.org", "admin")));
        assertPasses(adminSet(Map.of("carol@example.org", "none")));
    }

    @Test
    void aMediatedInvitationOfAnOutsiderIsRefusedWithGroupFull() {
        Message invite = new Message();
        invite.setFrom(ALICE);
        invite.setTo(ROOM);
        invite.addChildElement("x", GroupStanzaInterceptor.MUC_USER).addElement("invite").addAttribute("to", "dave@example.org");

        assertThat(rejectionOf(invite).getApplicationConditionName()).isEqualTo("group-full");
    }

    @Test
    void aConfigFormMakingTheGroupPublicIsRefusedWithProfileLockedNamingTheOption() {
        IQ form = ownerSubmit(Map.of("muc#roomconfig_publicroom", "1"));

        PacketError error = rejectionOf(form);

        assertThat(error.getCondition()).isEqualTo(PacketError.Condition.not_acceptable);
        assertThat(error.getApplicationConditionName()).isEqualTo("profile-locked");
        Element condition = error.getElement().element("profile-locked");
        assertThat(condition.attributeValue("option")).isEqualTo("muc#roomconfig_publicroom");
    }

    @Test
    void aConfigFormAddingAnOwnerFromOutsideIsRefusedWithGroupFull() {
        IQ form = ownerSubmit(Map.of("muc#roomconfig_roomowners", "alice@example.org", "muc#roomconfig_roomname", "Crew"));
        form.getChildElement().element("x").elements("field").stream()
                .filter(f -> "muc#roomconfig_roomowners".equals(f.attributeValue("var")))
                .findFirst().orElseThrow()
                .addElement("value").setText("Dave@Example.org/laptop");

        assertThat(rejectionOf(form).getApplicationConditionName()).isEqualTo("group-full");
    }

    @Test
    void aRenameAndStanzasToOtherDomainsPass() {
        assertPasses(ownerSubmit(Map.of("muc#roomconfig_roomname", "New name")));
        Message chat = new Message();
        chat.setTo(new JID("bob@example.org"));
        chat.addChildElement("x", GroupStanzaInterceptor.MUC_USER).addElement("invite").addAttribute("to", "dave@example.org");
        assertPasses(chat);
    }

    @Test
    void onlyIncomingUnprocessedStanzasAreChecked() {
        IQ grant = adminSet(Map.of("dave@example.org", "member"));
        assertThatCode(() -> interceptor.interceptPacket(grant, null, true, true)).doesNotThrowAnyException();
        assertThatCode(() -> interceptor.interceptPacket(grant, null, false, false)).doesNotThrowAnyException();
    }

    @Test
    void stanzasToTheServiceItselfOrToAnOccupantPass() {
        IQ toService = adminSet(Map.of("dave@example.org", "member"));
        toService.setTo(new JID(SERVICE));
        assertPasses(toService);
        IQ toOccupant = adminSet(Map.of("dave@example.org", "member"));
        toOccupant.setTo(new JID("crew@" + SERVICE + "/bob"));
        assertPasses(toOccupant);
    }

    /** The error the sender gets (the interceptor's rejection carries exactly this). */
    private PacketError rejectionOf(Packet packet) {
        Refusal refusal = interceptor.check(packet).orElseThrow(() -> new AssertionError("not refused: " + packet.toXML()));
        return Refusals.toPacketError(refusal);
    }

    private void assertPasses(Packet packet) {
        assertThat(interceptor.check(packet)).isEmpty();
    }

    private static IQ adminSet(Map<String, String> affiliations) {
        IQ iq = new IQ(IQ.Type.set);
        iq.setFrom(ALICE);
        iq.setTo(ROOM);
        Element query = iq.setChildElement("query", GroupStanzaInterceptor.MUC_ADMIN);
        affiliations.forEach((jid, affiliation) -> query.addElement("item").addAttribute("affiliation", affiliation).addAttribute("jid", jid));
        return iq;
    }

    private static IQ ownerSubmit(Map<String, String> fields) {
        IQ iq = new IQ(IQ.Type.set);
        iq.setFrom(ALICE);
        iq.setTo(ROOM);
        Element x = DocumentHelper.createElement(org.dom4j.QName.get("x", "jabber:x:data"));
        x.addAttribute("type", "submit");
        List<String> vars = new ArrayList<>(fields.keySet());
        for (String var : vars) {
            x.addElement("field").addAttribute("var", var).addElement("value").setText(fields.get(var));
        }
        iq.setChildElement("query", GroupStanzaInterceptor.MUC_OWNER).add(x);
        return iq;
    }
}
