package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svgroups.it.Members.bareJid;
import static org.svgroups.it.Members.jid;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.PendingInvitations;
import org.svgroups.client.ReceivedInvitation;
import org.svgroups.client.Refusal;
import org.svgroups.client.SentInvitation;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.it.server.OpenfireInstance;

/**
 * A minor (tess, 17) becomes a member only by consenting: her invitation is held until she joins the group or
 * accepts it, declining drops it, a direct {@code muc#admin} grant is refused, and held invitations outlive an
 * Openfire restart. An under-age user (kim, 14) cannot create a group. carol, tess's friend, does the inviting.
 */
@ExtendWith(RealOpenfire.class)
class MinorConsentIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TESS = RealOpenfire.MINOR;

    @Test
    void anInvitedMinorIsNotAMemberUntilSheJoins() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient tess = Users.connect(TESS)) {
            Invitations tessInvitations = Invitations.collect(tess);
            EntityBareJid group = carol.createGroup("Dance crew", List.of()).jid();

            carol.invite(group, TESS, "dance with us");

            assertPending(carol, tess, group, "dance with us");
            assertThat(tessInvitations.awaitFor(group, "carol", WAIT).reason()).isEqualTo("dance with us");

            tess.join(group);

            assertThat(Members.of(carol, group)).containsExactlyInAnyOrderEntriesOf(
                    Map.of(jid("carol"), MUCAffiliation.owner, jid(TESS), MUCAffiliation.member));
            assertNothingPending(carol, tess, group);
            assertThat(tess.listGroups()).extracting(GroupSummary::jid).contains(group);
            tess.send(group, "hello everyone");
            assertThat(carol.awaitMessage(group, m -> "hello everyone".equals(m.body()), WAIT))
                    .as("carol receives tess's message").get().extracting(GroupMessage::sender).isEqualTo(bareJid(TESS));
        }
    }

    @Test
    void aMinorInvitedDirectlyBecomesAMemberWhenSheAccepts() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient tess = Users.connect(TESS)) {
            Invitations tessInvitations = Invitations.collect(tess);
            EntityBareJid group = carol.createGroup("Study buddies", List.of()).jid();

            carol.inviteDirect(group, TESS, "study with us");

            assertPending(carol, tess, group, "study with us");
            assertThat(tessInvitations.awaitFor(group, "carol", WAIT).reason()).isEqualTo("study with us");

            tess.accept(group);

            assertThat(Members.of(carol, group)).containsExactlyInAnyOrderEntriesOf(
                    Map.of(jid("carol"), MUCAffiliation.owner, jid(TESS), MUCAffiliation.member));
            assertNothingPending(carol, tess, group);
            assertThat(tess.listGroups()).extracting(GroupSummary::jid).contains(group);
        }
    }

    @Test
    void aMinorWhoDeclinesLeavesNothingBehind() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient tess = Users.connect(TESS)) {
            Invitations tessInvitations = Invitations.collect(tess);
            EntityBareJid group = carol.createGroup("Chess club", List.of()).jid();
            BlockingQueue<String> declines = new LinkedBlockingQueue<>();
            AddPath.room(carol, group).addInvitationRejectionListener((invitee, reason, message, rejection) ->
                    declines.add(invitee.asBareJid() + ": " + reason));

            carol.invite(group, TESS, "play chess with us");
            assertPending(carol, tess, group, "play chess with us");
            tessInvitations.awaitFor(group, "carol", WAIT);

            tess.decline(group, "not my thing");

            assertThat(Members.of(carol, group)).containsExactlyInAnyOrderEntriesOf(Map.of(jid("carol"), MUCAffiliation.owner));
            assertNothingPending(carol, tess, group);
            assertThat(tess.listGroups()).extracting(GroupSummary::jid).doesNotContain(group);
            assertThat(declines.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the decline forwarded to carol")
                    .isEqualTo(jid(TESS) + ": not my thing");
            // Nothing is left to accept: accepting or joining is refused like for anyone never invited.
            assertThatThrownBy(() -> tess.accept(group)).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.item_not_found));
            assertThatThrownBy(() -> tess.join(group)).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.registration_required));
            assertThat(Members.of(carol, group)).doesNotContainKey(jid(TESS));
        }
    }

    @Test
    void makingAMinorAMemberDirectlyIsRefusedAsConsentRequired() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol")) {
            EntityBareJid group = carol.createGroup("Film club", List.of("bob")).jid();
            Map<String, MUCAffiliation> before = Members.of(carol, group);

            for (AddPath path : List.of(AddPath.MUC_ADMIN_GRANT, AddPath.CONFIGURATION_FORM_ADMIN)) {
                Refusal refusal = path.refusal(carol, group, TESS);
                assertThat(refusal.condition()).as(path + ": " + refusal).contains(AppCondition.CONSENT_REQUIRED);
                assertThat(refusal.stanzaCondition()).isEqualTo(StanzaError.Condition.not_acceptable);
                assertThat(Members.of(carol, group)).isEqualTo(before);
                assertThat(carol.invitations().sent()).noneMatch(sent -> sent.group().equals(group));
            }
        }
    }

    @Test
    void pendingInvitationsSurviveAnOpenfireRestart(OpenfireInstance server) throws Exception {
        EntityBareJid group;
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient tess = Users.connect(TESS)) {
            group = carol.createGroup("Night owls", List.of()).jid();
            carol.invite(group, TESS, "before the restart");
            assertPending(carol, tess, group, "before the restart");
        }

        server.restart();

        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient tess = Users.connect(TESS)) {
            assertPending(carol, tess, group, "before the restart");

            tess.accept(group);

            assertThat(Members.of(carol, group)).containsExactlyInAnyOrderEntriesOf(
                    Map.of(jid("carol"), MUCAffiliation.owner, jid(TESS), MUCAffiliation.member));
            assertNothingPending(carol, tess, group);
        }
    }

    @Test
    void anUnderAgeUserCannotCreateAGroup() throws Exception {
        try (SvGroupsClient kim = Users.connect(RealOpenfire.UNDER_AGE)) {
            assertThatThrownBy(() -> kim.createGroup("Too young", List.of()))
                    .isInstanceOfSatisfying(SvGroupsException.Refused.class,
                            e -> assertThat(e.getCondition()).as(e.getRefusal().toString()).contains(AppCondition.AGE_RESTRICTED));
            assertThat(kim.listGroups()).isEmpty();
        }
    }

    /** tess is invited to the group by carol, but not a member: both see the invitation as pending. */
    private static void assertPending(SvGroupsClient carol, SvGroupsClient tess, EntityBareJid group, String reason)
            throws Exception {
        assertThat(Members.of(carol, group)).as("tess is not a member before consenting").doesNotContainKey(jid(TESS));
        assertThat(tess.listGroups()).extracting(GroupSummary::jid).doesNotContain(group);

        PendingInvitations tessSees = tess.invitations();
        assertThat(tessSees.receivedFor(group)).as("tess's received invitations: %s", tessSees).get()
                .satisfies(received -> {
                    assertThat(String.valueOf(received.inviter())).isEqualTo(jid("carol"));
                    assertThat(received.reason()).isEqualTo(reason);
                    assertThat(received.expires()).isAfter(received.created());
                });
        PendingInvitations carolSees = carol.invitations();
        assertThat(carolSees.sent()).as("carol's sent invitations").filteredOn(sent -> sent.group().equals(group))
                .singleElement().extracting(SentInvitation::invitee).isEqualTo(bareJid(TESS));
    }

    /** No pending invitation to the group is left, on either side. */
    private static void assertNothingPending(SvGroupsClient carol, SvGroupsClient tess, EntityBareJid group)
            throws Exception {
        assertThat(tess.invitations().received()).extracting(ReceivedInvitation::group).doesNotContain(group);
        assertThat(carol.invitations().sent()).extracting(SentInvitation::group).doesNotContain(group);
    }
}
