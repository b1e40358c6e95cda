package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.jivesoftware.smack.XMPPException.XMPPErrorException;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.svgroups.client.Refusal;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.core.refusal.AppCondition;

/** The group service and the profile of its rooms, seen by plain XEP-0045 clients. */
@ExtendWith(RealOpenfire.class)
class GroupProfileIT {

    private static SvGroupsClient alice;
    private static SvGroupsClient bob;

    @BeforeAll
    static void connect() throws Exception {
        alice = Users.connect("alice");
        bob = Users.connect("bob");
    }

    @AfterAll
    static void disconnect() {
        if (alice != null) {
            alice.close();
        }
        if (bob != null) {
            bob.close();
        }
    }

    @Test
    void theGroupServiceIsListedOnTheDomainAndAdvertisesTheSvgroupsFeature() throws Exception {
        ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(alice.connection());

        DiscoverItems items = disco.discoverItems(JidCreate.domainBareFrom(RealOpenfire.DOMAIN));
        assertThat(items.getItems()).extracting(item -> item.getEntityID().toString()).contains(RealOpenfire.SERVICE);
        DiscoverInfo info = disco.discoverInfo(JidCreate.domainBareFrom(RealOpenfire.SERVICE));
        assertThat(info.containsFeature("urn:svgroups:0")).isTrue();
        assertThat(info.containsFeature("http://jabber.org/protocol/muc")).isTrue();
    }

    @Test
    void anInstantRoomCreatedByAPlainClientIsAPrivateGroup() throws Exception {
        MultiUserChat room = plainRoom(alice);
        room.create(Resourcepart.from("alice")).makeInstant();

        GroupAssertions.assertIsPrivateGroup(alice, room.getRoom());
        assertThat(hiddenFrom(bob, room.getRoom())).isTrue();
    }

    @Test
    void aRoomConfiguredByAPlainClientWithASubmittedFormIsAPrivateGroup() throws Exception {
        MultiUserChat room = plainRoom(alice);
        room.create(Resourcepart.from("alice"));
        FillableForm form = room.getConfigurationForm().getFillableForm();
        form.setAnswer("muc#roomconfig_roomname", "Dance crew");
        room.sendConfigurationForm(form);

        GroupAssertions.assertIsPrivateGroup(alice, room.getRoom());
        DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(alice.connection()).discoverInfo(room.getRoom());
        assertThat(info.getIdentities()).extracting(identity -> identity.getName()).contains("Dance crew");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
            "muc#roomconfig_publicroom, 1",
            "muc#roomconfig_membersonly, 0",
            "muc#roomconfig_whois, moderators",
            "muc#roomconfig_persistentroom, 0",
            "muc#roomconfig_passwordprotectedroom, 1",
            "muc#roomconfig_roomsecret, hunter2",
            "muc#roomconfig_enablelogging, 1",
    })
    void changingALockedOptionIsRefusedWithProfileLockedAndChangesNothing(String field, String value) throws Exception {
        MultiUserChat room = plainRoom(alice);
        room.create(Resourcepart.from("alice")).makeInstant();
        FillableForm form = room.getConfigurationForm().getFillableForm();
        form.setAnswer("muc#roomconfig_roomname", "Renamed");
        if (value.equals("0") || value.equals("1")) {
            form.setAnswer(field, value.equals("1"));
        } else {
            form.setAnswer(field, value);
        }

        assertThatThrownBy(() -> room.sendConfigurationForm(form))
                .isInstanceOfSatisfying(XMPPErrorException.class, e -> {
                    Refusal refusal = Refusal.from(e.getStanzaError());
                    assertThat(refusal.condition()).contains(AppCondition.PROFILE_LOCKED);
                    assertThat(refusal.option()).contains(field);
                    assertThat(refusal.text()).contains(field);
                });
        GroupAssertions.assertIsPrivateGroup(alice, room.getRoom());
        DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(alice.connection()).discoverInfo(room.getRoom());
        assertThat(info.getIdentities()).extracting(identity -> identity.getName()).doesNotContain("Renamed");
    }

    @Test
    void theOwnerCanRenameAndDescribeTheGroup() throws Exception {
        MultiUserChat room = plainRoom(alice);
        room.create(Resourcepart.from("alice")).makeInstant();
        FillableForm form = room.getConfigurationForm().getFillableForm();
        form.setAnswer("muc#roomconfig_roomname", "Skate park");
        form.setAnswer("muc#roomconfig_roomdesc", "Tricks and fails");
        room.sendConfigurationForm(form);

        DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(alice.connection()).discoverInfo(room.getRoom());
        assertThat(info.getIdentities()).extracting(identity -> identity.getName()).contains("Skate park");
    }

    static MultiUserChat plainRoom(SvGroupsClient owner) throws Exception {
        EntityBareJid jid = JidCreate.entityBareFrom("plain-" + UUID.randomUUID().toString().substring(0, 8) + "@" + RealOpenfire.SERVICE);
        return MultiUserChatManager.getInstanceFor(owner.connection()).getMultiUserChat(jid);
    }

    /** A hidden room is not listed to someone who is not in it. */
    static boolean hiddenFrom(SvGroupsClient outsider, EntityBareJid room) throws Exception {
        DiscoverItems items = ServiceDiscoveryManager.getInstanceFor(outsider.connection())
                .discoverItems(JidCreate.domainBareFrom(RealOpenfire.SERVICE));
        return items.getItems().stream().noneMatch(item -> item.getEntityID().equals(room));
    }
}
