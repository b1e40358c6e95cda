package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.SvGroupsClient;

/** What every group must look like to its members (XEP-0045 disco#info features). */
final class GroupAssertions {

    private GroupAssertions() {
    }

    static void assertIsPrivateGroup(SvGroupsClient member, EntityBareJid room) throws Exception {
        DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(member.connection()).discoverInfo(room);
        assertThat(info.containsFeature("muc_membersonly")).as("members-only").isTrue();
        assertThat(info.containsFeature("muc_nonanonymous")).as("non-anonymous").isTrue();
        assertThat(info.containsFeature("muc_hidden")).as("hidden").isTrue();
        assertThat(info.containsFeature("muc_persistent")).as("persistent").isTrue();
        assertThat(info.containsFeature("muc_unsecured")).as("no password").isTrue();
        assertThat(info.containsFeature("muc_public")).as("public").isFalse();
        assertThat(info.containsFeature("muc_open")).as("open").isFalse();
        assertThat(info.containsFeature("muc_semianonymous")).as("semi-anonymous").isFalse();
        assertThat(info.containsFeature("muc_temporary")).as("temporary").isFalse();
        assertThat(info.containsFeature("muc_passwordprotected")).as("password-protected").isFalse();
    }
}
