package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jivesoftware.smack.XMPPException.XMPPErrorException;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.Group;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.Refusal;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.it.server.OpenfireInstance;

/** Groups outlive Openfire restarts and plugin reloads, and enforcement resumes with the plugin. */
@ExtendWith(RealOpenfire.class)
class PluginLifecycleIT {

    @Test
    void groupsAndTheirProfileSurviveAnOpenfireRestart(OpenfireInstance server) throws Exception {
        Group group;
        try (SvGroupsClient alice = Users.connect("alice")) {
            group = alice.createGroup("Before the restart", List.of("bob"));
        }

        server.restart();

        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient bob = Users.connect("bob")) {
            assertThat(alice.listGroups()).extracting(GroupSummary::jid).contains(group.jid());
            assertThat(bob.listGroups()).extracting(GroupSummary::jid).contains(group.jid());
            assertLocked(alice, group);
        }
    }

    @Test
    void groupsAndEnforcementSurviveAPluginReload(OpenfireInstance server) throws Exception {
        Group group;
        try (SvGroupsClient alice = Users.connect("alice")) {
            group = alice.createGroup("Before the reload", List.of("carol"));
        }

        server.reloadPlugin();

        try (SvGroupsClient alice = Users.connect("alice")) {
            assertThat(alice.listGroups()).extracting(GroupSummary::jid).contains(group.jid());
            assertLocked(alice, group);
            assertThat(serviceFeatures(alice)).contains("urn:svgroups:0");
            // Once each: a reload takes the moderation features away and puts them back.
            assertThat(serviceFeatures(alice)).containsOnlyOnce("urn:xmpp:message-moderate:1", "urn:xmpp:message-retract:1");
        }
    }

    @Test
    void aGroupOpenedUpWhileThePluginWasAwayIsPutBackWhenItReturns(OpenfireInstance server) throws Exception {
        try (SvGroupsClient alice = Users.connect("alice")) {
            Group group = alice.createGroup("Left alone", List.of());

            server.uninstallPlugin();
            try {
                assertThat(serviceFeatures(alice)).doesNotContain("urn:svgroups:0", "urn:xmpp:message-moderate:1",
                        "urn:xmpp:message-retract:1#tombstone");
                MultiUserChat room = MultiUserChatManager.getInstanceFor(alice.connection()).getMultiUserChat(group.jid());
                FillableForm form = room.getConfigurationForm().getFillableForm();
                form.setAnswer("muc#roomconfig_publicroom", true);
                room.sendConfigurationForm(form);
                assertThat(ServiceDiscoveryManager.getInstanceFor(alice.connection()).discoverInfo(group.jid())
                        .containsFeature("muc_public")).as("public while svgroups is away").isTrue();
            } finally {
                server.reinstallPlugin();
            }

            GroupAssertions.assertIsPrivateGroup(alice, group.jid());
        }
    }

    private static void assertLocked(SvGroupsClient owner, Group group) throws Exception {
        GroupAssertions.assertIsPrivateGroup(owner, group.jid());
        MultiUserChat room = MultiUserChatManager.getInstanceFor(owner.connection()).getMultiUserChat(group.jid());
        FillableForm form = room.getConfigurationForm().getFillableForm();
        form.setAnswer("muc#roomconfig_publicroom", true);
        assertThatThrownBy(() -> room.sendConfigurationForm(form))
                .isInstanceOfSatisfying(XMPPErrorException.class,
                        e -> assertThat(Refusal.from(e.getStanzaError()).condition()).contains(AppCondition.PROFILE_LOCKED));
    }

    private static List<String> serviceFeatures(SvGroupsClient client) throws Exception {
        return ServiceDiscoveryManager.getInstanceFor(client.connection())
                .discoverInfo(JidCreate.domainBareFrom(RealOpenfire.SERVICE))
                .getFeatures().stream().map(f -> f.getVar()).toList();
    }
}
