package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.it.Members.jid;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.SvGroupsClient;

/**
 * Everything a member does works while they are not in the room (their phone asleep, the app closed): these
 * members never join. Openfire itself answers several of these requests with "You are not in the room"; svgroups
 * handles them without the room.
 */
@ExtendWith(RealOpenfire.class)
class AbsentMembersIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aMemberWhoNeverJoinedListsTheGroupInvitesFriendsBothWaysAndLeaves() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient ben = Users.connect(RealOpenfire.BOBS_FRIEND);
             SvGroupsClient bella = Users.connect(RealOpenfire.BOBS_OTHER_FRIEND)) {
            Invitations bensInvitations = Invitations.collect(ben);
            EntityBareJid group = carol.createGroup("Never joined by bob", List.of("bob")).jid();

            assertThat(bob.listGroups()).extracting(GroupSummary::jid).contains(group);
            bob.invite(group, RealOpenfire.BOBS_FRIEND, "mediated, while away");
            bob.inviteDirect(group, RealOpenfire.BOBS_OTHER_FRIEND, "direct, while away");
            assertThat(bensInvitations.awaitFor(group, "bob", WAIT).reason()).isEqualTo("mediated, while away");
            assertThat(Members.of(carol, group)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    jid("carol"), MUCAffiliation.owner, jid("bob"), MUCAffiliation.member,
                    jid(RealOpenfire.BOBS_FRIEND), MUCAffiliation.member,
                    jid(RealOpenfire.BOBS_OTHER_FRIEND), MUCAffiliation.member));

            carol.join(group);
            carol.send(group, "said while bob is away");
            assertThat(ArchivedHistory.awaitCount(bob, group, 10, 1).messages()).extracting(HistoryMessage::body)
                    .as("bob reads the archive without being in the room").contains("said while bob is away");

            bob.leave(group);

            assertThat(bob.listGroups()).extracting(GroupSummary::jid).doesNotContain(group);
            assertThat(Members.of(carol, group)).doesNotContainKey(jid("bob"));
        }
    }

    @Test
    void aMinorWhoNeverJoinedSeesAcceptsAndDeclinesHerInvitations() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient tess = Users.connect(RealOpenfire.MINOR)) {
            EntityBareJid accepted = carol.createGroup("Accepted while away", List.of()).jid();
            EntityBareJid declined = carol.createGroup("Declined while away", List.of()).jid();
            carol.invite(accepted, RealOpenfire.MINOR, "come");
            carol.invite(declined, RealOpenfire.MINOR, "come");

            assertThat(tess.invitations().receivedFor(accepted)).isPresent();
            assertThat(tess.invitations().receivedFor(declined)).isPresent();

            tess.accept(accepted);
            tess.decline(declined, "no thanks");

            assertThat(tess.invitations().receivedFor(accepted)).isEmpty();
            assertThat(tess.invitations().receivedFor(declined)).isEmpty();
            assertThat(tess.listGroups()).extracting(GroupSummary::jid).contains(accepted).doesNotContain(declined);
            assertThat(Members.of(carol, declined)).doesNotContainKey(jid(RealOpenfire.MINOR));
        }
    }
}
