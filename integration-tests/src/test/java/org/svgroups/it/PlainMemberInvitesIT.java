package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.it.Members.bareJid;
import static org.svgroups.it.Members.jid;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.Refusal;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.core.refusal.AppCondition;

/**
 * Any plain member (not owner or admin) may bring their own friends into the group: svgroups enrols the invitee on
 * the group's behalf. Someone outside the group may not add anyone.
 */
@ExtendWith(RealOpenfire.class)
class PlainMemberInvitesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aPlainMemberInvitesFriendsOfTheirOwnWhoBecomeMembers() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient ben = Users.connect(RealOpenfire.BOBS_FRIEND);
             SvGroupsClient bella = Users.connect(RealOpenfire.BOBS_OTHER_FRIEND)) {
            Invitations bensInvitations = Invitations.collect(ben);
            Invitations bellasInvitations = Invitations.collect(bella);
            EntityBareJid group = carol.createGroup("Study group", List.of("bob")).jid();
            assertThat(Members.of(carol, group)).containsExactlyInAnyOrderEntriesOf(
                    Map.of(jid("carol"), MUCAffiliation.owner, jid("bob"), MUCAffiliation.member));

            // ben and bella are bob's friends, not carol's.
            bob.invite(group, RealOpenfire.BOBS_FRIEND, "mediated, from a plain member");
            bob.inviteDirect(group, RealOpenfire.BOBS_OTHER_FRIEND, "direct, from a plain member");

            assertThat(Members.of(carol, group)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    jid("carol"), MUCAffiliation.owner,
                    jid("bob"), MUCAffiliation.member,
                    jid(RealOpenfire.BOBS_FRIEND), MUCAffiliation.member,
                    jid(RealOpenfire.BOBS_OTHER_FRIEND), MUCAffiliation.member));
            assertThat(bensInvitations.awaitFor(group, "bob", WAIT).reason()).isEqualTo("mediated, from a plain member");
            assertThat(bellasInvitations.awaitFor(group, "bob", WAIT).reason()).isEqualTo("direct, from a plain member");

            // The new member is in: they enter the room and talk.
            ben.join(group);
            ben.send(group, "thanks bob");
            assertThat(carol.awaitMessage(group, m -> "thanks bob".equals(m.body()), WAIT))
                    .as("carol receives ben's message").get().extracting(GroupMessage::sender)
                    .isEqualTo(bareJid(RealOpenfire.BOBS_FRIEND));
        }
    }

    @Test
    void aPlainMemberCannotAddSomeoneWhoIsNotTheirFriend() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = carol.createGroup("Book club", List.of("bob")).jid();
            Map<String, MUCAffiliation> before = Members.of(carol, group);
            // m01 is alice's friend, not bob's (nor carol's).
            String notBobsFriend = RealOpenfire.numbered(1);

            for (AddPath path : List.of(AddPath.MEDIATED_INVITATION, AddPath.DIRECT_INVITATION)) {
                Refusal refusal = path.refusal(bob, group, notBobsFriend);
                assertThat(refusal.condition()).as(path + ": " + refusal).contains(AppCondition.NOT_FRIENDS);
            }
            assertThat(Members.of(carol, group)).isEqualTo(before);
        }
    }

    @Test
    void someoneOutsideTheGroupCannotAddAnyone() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = carol.createGroup("Closed circle", List.of()).jid();
            Map<String, MUCAffiliation> before = Members.of(carol, group);
            assertThat(before).doesNotContainKey(jid("bob"));

            // bob is not in the group; ben is his friend.
            Refusal direct = AddPath.DIRECT_INVITATION.refusal(bob, group, RealOpenfire.BOBS_FRIEND);
            Refusal mediated = Refusal.from(Invitations.mediatedInvitationError(bob, group, RealOpenfire.BOBS_FRIEND, WAIT));

            for (Refusal refusal : List.of(direct, mediated)) {
                assertThat(refusal.condition()).as(refusal.toString()).contains(AppCondition.NOT_MEMBER);
                assertThat(refusal.stanzaCondition()).isEqualTo(StanzaError.Condition.forbidden);
            }
            assertThat(Members.of(carol, group)).isEqualTo(before);

            // Control: once bob is a member, the same invitation is admitted.
            carol.invite(group, "bob", null);
            bob.inviteDirect(group, RealOpenfire.BOBS_FRIEND, null);
            assertThat(Members.of(carol, group)).containsEntry(jid(RealOpenfire.BOBS_FRIEND), MUCAffiliation.member);
        }
    }
}
