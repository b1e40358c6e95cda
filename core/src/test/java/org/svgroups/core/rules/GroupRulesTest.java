package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.group.AffiliationChange;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.testing.Clocks;
import org.svgroups.core.testing.Directory;
import org.svgroups.core.testing.FollowTable;
import org.svgroups.core.testing.SuspensionTable;

/** The rules together, path by path, with a group of three (alice owns it, bob and dan are members). */
class GroupRulesTest {

    private final FollowTable graph = new FollowTable()
            .friends("alice", "bob").friends("alice", "carol").friends("alice", "teen").friends("alice", "kid")
            .friends("bob", "erin").friends("alice", "gina").follows("alice", "frank");
    private final Directory people = new Directory().born("teen", "2009-06-01").born("kid", "2013-01-01");
    private final Membership group = Membership.of(List.of("alice"), List.of(), List.of("bob", "dan"));

    /** The invitation log: invitations by outcome. */
    private final Map<String, Integer> logged = new HashMap<>();

    private final SuspensionTable suspensions = new SuspensionTable();

    private GroupRules rules(FixedGroupSettings settings) {
        return new GroupRules(settings, graph, people, RateCounters.inMemory(),
                (outcome, invitations) -> logged.merge(outcome, invitations, Integer::sum), suspensions, Clocks.fixed());
    }

    @Test
    void aSuspendedUserIsKeptOutOfEveryGroupUntilTheSuspensionEnds() {
        suspensions.suspend("carol", Clocks.NOW.plusSeconds(3600), 1);
        suspensions.suspend("bob", Clocks.NOW.plusSeconds(3600), 2);
        suspensions.suspend("erin", Clocks.NOW, 3);

        assertThat(rules.invitations(group, "alice", List.of("carol")).refusal()).get()
                .extracting(Refusal::condition, Refusal::text)
                .containsExactly(AppCondition.SUSPENDED, "carol cannot be added to groups now.");
        assertThat(rules.affiliationChanges(group, "alice", List.of(new AffiliationChange("carol", Affiliation.MEMBER))))
                .get().extracting(Refusal::condition).isEqualTo(AppCondition.SUSPENDED);
        assertThat(rules.createGroup("carol")).get().extracting(Refusal::text)
                .isEqualTo("You are suspended from groups until 2026-11-25 11:30 UTC.");
        assertThat(rules.joinGroup("bob")).get().extracting(Refusal::condition).isEqualTo(AppCondition.SUSPENDED);
        assertThat(rules.accept(group, "carol")).get().extracting(Refusal::condition).isEqualTo(AppCondition.SUSPENDED);
        assertThat(rules.invitations(group, "bob", List.of("erin")).refusal()).get()
                .extracting(Refusal::condition).isEqualTo(AppCondition.SUSPENDED);
        // A suspension that has ended keeps nobody out.
        assertThat(rules.joinGroup("erin")).isEmpty();
        assertThat(rules.invitations(group, "alice", List.of("gina")).refusal()).isEmpty();
    }

    private final GroupRules rules = rules(FixedGroupSettings.defaults());

    @Test
    void everyNewcomerInvitedCountsAsOneInvitationSent() {
        rules.invitations(group, "alice", List.of("carol", "teen", "bob", "carol"));

        assertThat(logged).containsExactlyEntriesOf(Map.of("sent", 2));
    }

    @Test
    void aRefusedInvitationCountsEveryNewcomerUnderTheRefusalsCondition() {
        rules.invitations(group, "alice", List.of("carol", "frank", "bob"));
        rules.invitations(group, "mallory", List.of("carol"));

        assertThat(logged).containsExactlyInAnyOrderEntriesOf(Map.of("not-friends", 2, "not-member", 1));
    }

    @Test
    void invitingOnlyMembersCountsNothing() {
        rules.invitations(group, "alice", List.of("bob"));

        assertThat(logged).isEmpty();
    }

    @Test
    void anAdultFriendIsEnrolledAtInvitation() {
        InvitationDecision decision = rules.invitations(group, "alice", List.of("carol"));

        assertThat(decision.refusal()).isEmpty();
        assertThat(decision.enrolments()).containsEntry("carol", Enrolment.NOW);
    }

    @Test
    void aPlainMemberMayInviteTheirOwnFriend() {
        assertThat(rules.invitations(group, "bob", List.of("erin")).enrolments()).containsEntry("erin", Enrolment.NOW);
    }

    @Test
    void aMinorFriendWaitsForConsent() {
        assertThat(rules.invitations(group, "alice", List.of("teen")).enrolments()).containsEntry("teen", Enrolment.AFTER_CONSENT);
    }

    @Test
    void invitingSomeoneAlreadyInTheGroupChangesNothing() {
        assertThat(rules.invitations(group, "alice", List.of("bob")).enrolments()).containsEntry("bob", Enrolment.ALREADY_IN);
    }

    @Test
    void invitationsAreRefusedAsAWholeForTheFirstReason() {
        assertThat(refusal(rules.invitations(group, "mallory", List.of("carol")))).isEqualTo(AppCondition.NOT_MEMBER);
        assertThat(refusal(rules.invitations(group, "alice", List.of("carol", "frank")))).isEqualTo(AppCondition.NOT_FRIENDS);
        assertThat(refusal(rules.invitations(group, "alice", List.of("kid")))).isEqualTo(AppCondition.AGE_RESTRICTED);
        assertThat(refusal(rules(FixedGroupSettings.defaults().withMemberCap(3)).invitations(group, "alice", List.of("carol"))))
                .isEqualTo(AppCondition.GROUP_FULL);
    }

    @Test
    void minorsWaitingForConsentDoNotFillTheGroupYet() {
        assertThat(rules(FixedGroupSettings.defaults().withMemberCap(3)).invitations(group, "alice", List.of("teen")).refusal()).isEmpty();
    }

    @Test
    void invitationsCountTowardsTheHourlyLimitOnlyWhenAdmitted() {
        GroupRules twoPerHour = rules(FixedGroupSettings.defaults().withRateLimits(5, 2));

        assertThat(refusal(twoPerHour.invitations(group, "alice", List.of("frank")))).isEqualTo(AppCondition.NOT_FRIENDS);
        assertThat(twoPerHour.invitations(group, "alice", List.of("carol", "teen")).refusal()).isEmpty();
        assertThat(twoPerHour.invitations(group, "alice", List.of("bob")).refusal()).as("already in: not counted").isEmpty();
        assertThat(refusal(twoPerHour.invitations(group, "bob", List.of("erin")))).isNull();
        assertThat(refusal(twoPerHour.invitations(group, "alice", List.of("gina")))).isEqualTo(AppCondition.RATE_LIMITED);
    }

    @Test
    void creatingGroupsNeedsTheMinimumAgeAndRespectsTheDailyLimit() {
        GroupRules onePerDay = rules(FixedGroupSettings.defaults().withRateLimits(1, 100));

        assertThat(onePerDay.createGroup("kid")).map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
        assertThat(onePerDay.createGroup("alice")).isEmpty();
        assertThat(onePerDay.createGroup("alice")).map(Refusal::condition).contains(AppCondition.RATE_LIMITED);
    }

    @Test
    void joiningNeedsTheMinimumAge() {
        assertThat(rules.joinGroup("teen")).isEmpty();
        assertThat(rules.joinGroup("kid")).map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
    }

    @Test
    void acceptingChecksAgeAndTheCapAgain() {
        assertThat(rules.accept(group, "teen")).isEmpty();
        assertThat(rules(FixedGroupSettings.defaults().withMemberCap(3)).accept(group, "teen"))
                .map(Refusal::condition).contains(AppCondition.GROUP_FULL);
    }

    @Test
    void affiliationGrantsToNewcomersFollowTheFriendAgeAndConsentRules() {
        assertThat(rules.affiliationChanges(group, "alice", grant("carol", Affiliation.MEMBER))).isEmpty();
        assertThat(rules.affiliationChanges(group, "alice", grant("frank", Affiliation.ADMIN)))
                .map(Refusal::condition).contains(AppCondition.NOT_FRIENDS);
        assertThat(rules.affiliationChanges(group, "alice", grant("kid", Affiliation.MEMBER)))
                .map(Refusal::condition).contains(AppCondition.AGE_RESTRICTED);
        assertThat(rules.affiliationChanges(group, "alice", grant("teen", Affiliation.MEMBER)))
                .map(Refusal::condition).contains(AppCondition.CONSENT_REQUIRED);
    }

    @Test
    void changingTheAffiliationOfSomeoneAlreadyInTheGroupIsNotAnAddition() {
        // dan is no friend of alice's, yet alice may promote him or remove him.
        assertThat(rules.affiliationChanges(group, "alice", grant("dan", Affiliation.ADMIN))).isEmpty();
        assertThat(rules.affiliationChanges(group, "alice", grant("dan", Affiliation.NONE))).isEmpty();
        assertThat(rules.affiliationChanges(group, "alice", grant("mallory", Affiliation.OUTCAST))).isEmpty();
    }

    @Test
    void ownersAddedThroughTheConfigFormAreGrantsLikeAnyOther() {
        assertThat(rules.configurationForm(group, "alice", Map.of(GroupRules.OWNERS_FIELD, List.of("alice", "frank"))))
                .map(Refusal::condition).contains(AppCondition.NOT_FRIENDS);
        assertThat(rules(FixedGroupSettings.defaults().withMemberCap(3))
                .configurationForm(group, "alice", Map.of(GroupRules.ADMINS_FIELD, List.of("carol"))))
                .map(Refusal::condition).contains(AppCondition.GROUP_FULL);
        assertThat(rules.configurationForm(group, "alice", Map.of(GroupRules.ADMINS_FIELD, List.of("bob")))).isEmpty();
    }

    @Test
    void aLockedOptionIsReportedBeforeAnythingElse() {
        assertThat(rules.configurationForm(group, "alice", Map.of(
                "muc#roomconfig_publicroom", List.of("1"),
                GroupRules.OWNERS_FIELD, List.of("alice", "frank"))))
                .map(Refusal::condition).contains(AppCondition.PROFILE_LOCKED);
    }

    private static List<AffiliationChange> grant(String user, Affiliation affiliation) {
        return List.of(new AffiliationChange(user, affiliation));
    }

    private static AppCondition refusal(InvitationDecision decision) {
        return decision.refusal().map(Refusal::condition).orElse(null);
    }
}
