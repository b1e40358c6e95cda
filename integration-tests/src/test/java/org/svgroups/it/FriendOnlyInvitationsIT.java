package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.it.Members.bareJid;
import static org.svgroups.it.Members.jid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.NotFilter;
import org.jivesoftware.smack.filter.OrFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.svgroups.client.Group;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.Refusal;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.core.refusal.AppCondition;

/**
 * Only friends (mutual roster subscription) can be added to a group, whatever the path: XEP-0045 mediated
 * invitation, XEP-0249 direct invitation, {@code muc#admin} grant, or the admins of the configuration form. A
 * stranger, a one-way follow either way, someone who blocked the inviter, an under-age friend and a friend over the
 * member cap are refused with the right condition, and the group's affiliations do not change.
 */
@ExtendWith(RealOpenfire.class)
class FriendOnlyInvitationsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private static SvGroupsClient alice;
    /** alice's group; each path's friend control adds someone to it. */
    private static EntityBareJid group;
    /** alice's group filled to the cap: alice and m01..m31. */
    private static EntityBareJid fullGroup;

    @BeforeAll
    static void createGroups() throws Exception {
        alice = Users.connect("alice");
        group = alice.createGroup("Friends only", List.of()).jid();
        fullGroup = alice.createGroup("Packed", List.of()).jid();
        List<Jid> members = new ArrayList<>();
        for (int i = 1; i <= 31; i++) {
            members.add(bareJid(RealOpenfire.numbered(i)));
        }
        AddPath.room(alice, fullGroup).grantMembership(members);
        assertThat(Members.of(alice, fullGroup)).hasSize(32);
    }

    @AfterAll
    static void disconnect() {
        if (alice != null) {
            alice.close();
        }
    }

    // ---- 1. a friend is invited, joins and talks ---------------------------------------------------------------

    @Test
    void anInvitedFriendBecomesAMemberJoinsAndExchangesMessages() throws Exception {
        try (SvGroupsClient dave = Users.connect("dave"); SvGroupsClient bob = Users.connect("bob")) {
            Invitations bobsInvitations = Invitations.collect(bob);
            Group crew = dave.createGroup("Skate crew", List.of());
            assertThat(Members.of(dave, crew.jid())).containsOnlyKeys(jid("dave"));

            dave.invite(crew.jid(), "bob", "come skate");

            assertThat(Members.of(dave, crew.jid()))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(jid("dave"), MUCAffiliation.owner, jid("bob"), MUCAffiliation.member));
            assertThat(bobsInvitations.awaitFor(crew.jid(), "dave", WAIT).reason()).isEqualTo("come skate");
            assertThat(bob.listGroups()).extracting(GroupSummary::jid).contains(crew.jid());

            bob.join(crew.jid());
            bob.send(crew.jid(), "hi dave");
            assertThat(dave.awaitMessage(crew.jid(), m -> "hi dave".equals(m.body()), WAIT))
                    .as("dave receives bob's message").get().extracting(GroupMessage::sender).isEqualTo(bareJid("bob"));
            dave.send(crew.jid(), "hi bob");
            assertThat(bob.awaitMessage(crew.jid(), m -> "hi bob".equals(m.body()), WAIT))
                    .as("bob receives dave's message").get().extracting(GroupMessage::sender).isEqualTo(bareJid("dave"));
        }
    }

    @ParameterizedTest
    @EnumSource(AddPath.class)
    void aFriendIsAddedThroughEveryPath(AddPath path) throws Exception {
        String friend = switch (path) {
            case MEDIATED_INVITATION -> "bob";
            case DIRECT_INVITATION -> "carol";
            case MUC_ADMIN_GRANT -> "dave";
            case CONFIGURATION_FORM_ADMIN -> RealOpenfire.numbered(1);
        };
        Map<String, MUCAffiliation> before = Members.of(alice, group);
        assertThat(before).doesNotContainKey(jid(friend));

        path.add(alice, group, friend);

        Map<String, MUCAffiliation> expected = new HashMap<>(before);
        expected.put(jid(friend), path.grants);
        assertThat(Members.of(alice, group)).isEqualTo(expected);
    }

    // ---- 2. who may not be added ---------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(AddPath.class)
    void aStrangerIsRefusedAsNotAFriendAndNeverHearsOfIt(AddPath path) throws Exception {
        try (SvGroupsClient sam = Users.connect(RealOpenfire.STRANGER)) {
            // Collectors see stanzas in the order they arrive, before any listener.
            StanzaCollector invitations = sam.connection().createStanzaCollector(new AndFilter(StanzaTypeFilter.MESSAGE,
                    new NotFilter(MessageTypeFilter.ERROR),
                    new OrFilter(new StanzaExtensionFilter(MUCUser.ELEMENT, MUCUser.NAMESPACE),
                            new StanzaExtensionFilter(GroupChatInvitation.ELEMENT, GroupChatInvitation.NAMESPACE))));
            StanzaCollector marker = sam.connection().createStanzaCollector(
                    s -> s instanceof Message m && "marker".equals(m.getBody()));
            try {
                Map<String, MUCAffiliation> before = Members.of(alice, group);

                Refusal refusal = path.refusal(alice, group, RealOpenfire.STRANGER);

                assertNotFriends(refusal);
                assertUnchanged(group, before, RealOpenfire.STRANGER);
                // Anything the refused attempt sent sam would come before a chat message alice sends after it (and
                // Openfire does not promise that order across routes: allow a moment more).
                alice.connection().sendStanza(alice.connection().getStanzaFactory().buildMessageStanza()
                        .to(bareJid(RealOpenfire.STRANGER)).ofType(Message.Type.chat).setBody("marker").build());
                assertThat((Object) marker.nextResult(WAIT.toMillis())).as("alice's later chat message").isNotNull();
                assertThat((Object) invitations.nextResult(SETTLE.toMillis())).as("an invitation that reached sam").isNull();
            } finally {
                invitations.cancel();
                marker.cancel();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(AddPath.class)
    void aOneWayFollowIsNotFriendshipInEitherDirection(AddPath path) {
        for (String oneWay : List.of(RealOpenfire.FOLLOWS_ALICE, RealOpenfire.FOLLOWED_BY_ALICE)) {
            Map<String, MUCAffiliation> before = Members.of(alice, group);

            Refusal refusal = path.refusal(alice, group, oneWay);

            assertNotFriends(refusal);
            assertUnchanged(group, before, oneWay);
        }
    }

    @ParameterizedTest
    @EnumSource(AddPath.class)
    void someoneWhoBlockedTheInviterGetsExactlyTheRefusalOfANonFriend(AddPath path) throws Exception {
        try (SvGroupsClient bea = Users.connect(RealOpenfire.BLOCKER)) {
            Blocking.block(bea.connection(), alice.user());
            try {
                Map<String, MUCAffiliation> before = Members.of(alice, group);

                Refusal blocked = path.refusal(alice, group, RealOpenfire.BLOCKER);
                Refusal stranger = path.refusal(alice, group, RealOpenfire.STRANGER);

                assertNotFriends(blocked);
                // Same condition, same standard condition, same text: the refusal does not reveal the block.
                assertThat(blocked).isEqualTo(stranger);
                assertUnchanged(group, before, RealOpenfire.BLOCKER);
            } finally {
                Blocking.unblock(bea.connection(), alice.user());
            }
        }
        // Control: bea is alice's friend; once she unblocks alice, the same path admits her.
        path.add(alice, group, RealOpenfire.BLOCKER);
        assertThat(Members.of(alice, group)).containsEntry(jid(RealOpenfire.BLOCKER), path.grants);
        AddPath.room(alice, group).revokeMembership(bareJid(RealOpenfire.BLOCKER));
        assertThat(Members.of(alice, group)).doesNotContainKey(jid(RealOpenfire.BLOCKER));
    }

    @ParameterizedTest
    @EnumSource(AddPath.class)
    void anUnderAgeFriendIsRefusedAsAgeRestricted(AddPath path) {
        Map<String, MUCAffiliation> before = Members.of(alice, group);

        Refusal refusal = path.refusal(alice, group, RealOpenfire.UNDER_AGE);

        assertThat(refusal.condition()).as(refusal.toString()).contains(AppCondition.AGE_RESTRICTED);
        assertThat(refusal.stanzaCondition()).isEqualTo(StanzaError.Condition.forbidden);
        assertUnchanged(group, before, RealOpenfire.UNDER_AGE);
    }

    @ParameterizedTest
    @EnumSource(AddPath.class)
    void aFriendOverTheMemberCapIsRefusedAsGroupFull(AddPath path) {
        String friend = RealOpenfire.numbered(32);
        Map<String, MUCAffiliation> before = Members.of(alice, fullGroup);
        assertThat(before).hasSize(32);

        Refusal refusal = path.refusal(alice, fullGroup, friend);

        assertThat(refusal.condition()).as(refusal.toString()).contains(AppCondition.GROUP_FULL);
        assertThat(refusal.stanzaCondition()).isEqualTo(StanzaError.Condition.not_allowed);
        assertUnchanged(fullGroup, before, friend);
    }

    private static void assertNotFriends(Refusal refusal) {
        assertThat(refusal.condition()).as(refusal.toString()).contains(AppCondition.NOT_FRIENDS);
        assertThat(refusal.stanzaCondition()).isEqualTo(StanzaError.Condition.forbidden);
        assertThat(refusal.text()).isNotBlank();
    }

    /** A refusal changes nothing: same affiliations, and no invitation held for the refused invitee. */
    private static void assertUnchanged(EntityBareJid room, Map<String, MUCAffiliation> before, String refused) {
        assertThat(Members.of(alice, room)).isEqualTo(before).doesNotContainKey(jid(refused));
        try {
            assertThat(alice.invitations().sent()).noneMatch(sent -> sent.group().equals(room));
        } catch (Exception e) {
            throw new AssertionError("alice's pending invitations could not be listed", e);
        }
    }
}
