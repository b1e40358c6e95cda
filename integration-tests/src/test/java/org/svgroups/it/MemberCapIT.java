package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jivesoftware.smack.XMPPException.XMPPErrorException;
import org.jivesoftware.smackx.muc.Affiliate;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.Group;
import org.svgroups.client.Refusal;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.refusal.AppCondition;

/** The member cap (default 32) holds on every XEP-0045 path that adds someone to a group. */
@ExtendWith(RealOpenfire.class)
class MemberCapIT {

    private static SvGroupsClient alice;
    private static MultiUserChat fullGroup;

    /** A group with alice (owner) and m01..m31: 32 people, the default cap. */
    @BeforeAll
    static void fillAGroup() throws Exception {
        alice = Users.connect("alice");
        Group group = alice.createGroup("Full house", List.of());
        fullGroup = MultiUserChatManager.getInstanceFor(alice.connection()).getMultiUserChat(group.jid());
        List<Jid> members = new ArrayList<>();
        for (int i = 1; i <= 31; i++) {
            members.add(jid(RealOpenfire.numbered(i)));
        }
        fullGroup.grantMembership(members);
        assertThat(people()).hasSize(32);
    }

    @AfterAll
    static void disconnect() {
        if (alice != null) {
            alice.close();
        }
    }

    @Test
    void grantingMembershipToMember33IsRefusedWithGroupFull() throws Exception {
        assertThatThrownBy(() -> fullGroup.grantMembership(jid(RealOpenfire.numbered(32))))
                .isInstanceOfSatisfying(XMPPErrorException.class, e -> {
                    Refusal refusal = Refusal.from(e.getStanzaError());
                    assertThat(refusal.condition()).contains(AppCondition.GROUP_FULL);
                    assertThat(refusal.text()).contains("32");
                });
        assertThat(people()).hasSize(32).doesNotContain(RealOpenfire.numbered(32) + "@" + RealOpenfire.DOMAIN);
    }

    @Test
    void grantingAdminToAnOutsiderIsRefusedButPromotingAMemberIsNot() throws Exception {
        assertThatThrownBy(() -> fullGroup.grantAdmin(jid(RealOpenfire.numbered(33))))
                .isInstanceOfSatisfying(XMPPErrorException.class,
                        e -> assertThat(Refusal.from(e.getStanzaError()).condition()).contains(AppCondition.GROUP_FULL));
        fullGroup.grantAdmin(jid(RealOpenfire.numbered(1)));
        assertThat(people()).hasSize(32);
        fullGroup.grantMembership(jid(RealOpenfire.numbered(1)));
    }

    @Test
    void invitingMember33IsRefusedWithGroupFull() {
        assertThatThrownBy(() -> alice.invite(fullGroup.getRoom(), RealOpenfire.numbered(32), "join us"))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class,
                        e -> assertThat(e.getCondition()).contains(AppCondition.GROUP_FULL));
        assertThat(people()).hasSize(32);
    }

    @Test
    void addingAnOwnerThroughTheConfigFormIsRefusedWithGroupFull() throws Exception {
        FillableForm form = fullGroup.getConfigurationForm().getFillableForm();
        form.setAnswer("muc#roomconfig_roomowners", List.of(alice.user().toString(), RealOpenfire.numbered(33) + "@" + RealOpenfire.DOMAIN));

        assertThatThrownBy(() -> fullGroup.sendConfigurationForm(form))
                .isInstanceOfSatisfying(XMPPErrorException.class,
                        e -> assertThat(Refusal.from(e.getStanzaError()).condition()).contains(AppCondition.GROUP_FULL));
        assertThat(people()).hasSize(32);
    }

    @Test
    void removingAMemberMakesRoomForAnother() throws Exception {
        fullGroup.revokeMembership(jid(RealOpenfire.numbered(31)));
        fullGroup.grantMembership(jid(RealOpenfire.numbered(33)));
        assertThat(people()).hasSize(32).contains(RealOpenfire.numbered(33) + "@" + RealOpenfire.DOMAIN);
        fullGroup.revokeMembership(jid(RealOpenfire.numbered(33)));
        fullGroup.grantMembership(jid(RealOpenfire.numbered(31)));
    }

    private static Set<String> people() {
        try {
            List<Affiliate> all = new ArrayList<>(fullGroup.getOwners());
            all.addAll(fullGroup.getAdmins());
            all.addAll(fullGroup.getMembers());
            return all.stream().map(a -> a.getJid().toString()).collect(Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EntityBareJid jid(String username) {
        return JidCreate.entityBareFromOrThrowUnchecked(username + "@" + RealOpenfire.DOMAIN);
    }
}
