package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.group.Membership;
import org.svgroups.core.links.LinkDecision.Outcome;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.testing.Clocks;
import org.svgroups.core.testing.Directory;
import org.svgroups.core.testing.FollowTable;

class LinkJoinRuleTest {

    private static final String GROUP = "dance@groups.x";
    private static final Optional<InviteLink> LINK = Optional.of(new InviteLink("id", GROUP, "alice@x",
            Clocks.NOW.minusSeconds(60), Clocks.NOW.plusSeconds(3600), 0, 0, false));

    private final Directory people = new Directory().born("alice@x", "1990-01-01").born("teen@x", "2009-06-01")
            .born("kid@x", "2014-01-01").born("teenowner@x", "2009-01-01");
    private final FollowTable graph = new FollowTable().friends("teen@x", "bob@x");
    private final Membership group = Membership.of(List.of("alice@x"), List.of(), List.of("bob@x"));

    private LinkJoinRule rule(FixedGroupSettings settings, FixedLinkSettings links) {
        return new LinkJoinRule(settings, links, graph, people, Clocks.fixed());
    }

    private final LinkJoinRule rule = rule(FixedGroupSettings.defaults(), FixedLinkSettings.defaults());

    @Test
    void anAdultJoinsAndAMemberHasNothingToDo() {
        assertThat(rule.decide(GROUP, group, "dave@x", LINK).outcome()).isEqualTo(Outcome.JOIN);
        assertThat(rule.decide(GROUP, group, "bob@x", LINK).outcome()).isEqualTo(Outcome.ALREADY_IN);
    }

    @Test
    void aTeenJoinsOnlyWhereAFriendIs() {
        assertThat(rule.decide(GROUP, group, "teen@x", LINK).outcome()).isEqualTo(Outcome.JOIN);
        Membership strangers = Membership.of(List.of("alice@x"), List.of(), List.of("carol@x"));
        assertThat(rule.decide(GROUP, strangers, "teen@x", LINK).refusal()).map(Refusal::condition)
                .contains(AppCondition.NOT_FRIENDS);
    }

    @Test
    void aBlockEitherWayLooksLikeAnInvalidLinkAndCountsAsOne() {
        LinkDecision invalid = rule.decide(GROUP, group, "dave@x", Optional.empty());
        people.blocking("bob@x", "dave@x").blocking("erin@x", "alice@x");

        assertThat(rule.decide(GROUP, group, "dave@x", LINK)).isEqualTo(invalid);
        assertThat(rule.decide(GROUP, group, "erin@x", LINK)).isEqualTo(invalid);
        assertThat(invalid.isInvalidLink()).isTrue();
    }

    @Test
    void aLinkOfAnotherGroupIsInvalidAndADeadLinkSaysWhy() {
        assertThat(rule.decide("skate@groups.x", group, "dave@x", LINK).isInvalidLink()).isTrue();
        InviteLink used = new InviteLink("id", GROUP, "alice@x", Clocks.NOW.minusSeconds(60), Clocks.NOW.plusSeconds(60), 1, 1, false);
        LinkDecision decision = rule.decide(GROUP, group, "dave@x", Optional.of(used));
        assertThat(decision.refusal()).map(Refusal::condition).contains(AppCondition.LINK_USED_UP);
        assertThat(decision.isInvalidLink()).isFalse();
    }

    @Test
    void theMinimumAgeAndTheCapAlwaysHold() {
        assertThat(rule.decide(GROUP, group, "kid@x", LINK).refusal()).map(Refusal::condition)
                .contains(AppCondition.AGE_RESTRICTED);
        assertThat(rule(FixedGroupSettings.defaults().withMemberCap(2), FixedLinkSettings.defaults())
                .decide(GROUP, group, "dave@x", LINK).refusal()).map(Refusal::condition).contains(AppCondition.GROUP_FULL);
    }

    @Test
    void aTeenOwnedGroupHoldsNewcomersForApprovalAndTheSettingAllEveryGroup() {
        Membership teens = Membership.of(List.of("teenowner@x"), List.of(), List.of("bob@x"));
        assertThat(rule.decide(GROUP, teens, "dave@x", LINK).outcome()).isEqualTo(Outcome.REQUEST);
        assertThat(rule(FixedGroupSettings.defaults(), FixedLinkSettings.defaults().withApproval(LinkApproval.ALL))
                .decide(GROUP, group, "dave@x", LINK).outcome()).isEqualTo(Outcome.REQUEST);
    }

    @Test
    void anApprovalChecksTheGroupAsItIsThen() {
        assertThat(rule.admissible(group, "dave@x")).isEmpty();
        people.blocking("bob@x", "dave@x");
        assertThat(rule.admissible(group, "dave@x")).contains(LinkValidityRule.INVALID);
    }

    @Test
    void aLinkExpiredAtTheInstantIsRefused() {
        InviteLink expiring = new InviteLink("id", GROUP, "alice@x", Instant.EPOCH, Clocks.NOW, 0, 0, false);
        assertThat(rule.decide(GROUP, group, "dave@x", Optional.of(expiring)).refusal()).map(Refusal::condition)
                .contains(AppCondition.LINK_EXPIRED);
    }
}
