package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jivesoftware.smack.packet.IQ;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;

/** Finding the group service, and the addresses of users and groups on it. */
class GroupServiceTest extends AliceOnFakeServer {

    @Test
    void discoversTheServiceWithTheSvGroupsFeature() throws Exception {
        // The fake lists conference.svgroups.test first: a plain MUC service without the feature.
        assertThat(service.getService().toString()).isEqualTo(FakeGroupServer.SERVICE);
    }

    @Test
    void anExplicitServiceSkipsDiscovery() throws Exception {
        service.setService(JidCreate.domainBareFrom("chat.elsewhere.test"));

        assertThat(service.getService().toString()).isEqualTo("chat.elsewhere.test");
        assertThat(server.sent(IQ.class, iq -> true)).isEmpty();
    }

    @Test
    void aServerWithoutGroupServiceIsAClearError() {
        server.offersService = false;

        assertThatThrownBy(() -> directory.listGroups())
                .isInstanceOf(SvGroupsException.ServiceNotFound.class)
                .hasMessageStartingWith("no group service on svgroups.test: none of its disco#items has feature urn:svgroups:0");
    }

    @Test
    void usersAndGroupsResolveFromShortForms() throws Exception {
        assertThat(service.userJid("bob").toString()).isEqualTo("bob@svgroups.test");
        assertThat(service.userJid("carol@other.test").toString()).isEqualTo("carol@other.test");
        EntityBareJid dave = JidCreate.entityBareFrom("dave@x.test");
        assertThat((Object) service.userJid(dave)).isSameAs(dave);
        assertThat(service.groupJid("abc").toString()).isEqualTo("abc@" + FakeGroupServer.SERVICE);
        assertThat(service.groupJid("abc@groups.other.test").toString()).isEqualTo("abc@groups.other.test");
        assertThatThrownBy(() -> service.userJid("a/b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid user: a/b");
    }
}
