package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

class GroupRulesTest {

    private final GroupRules rules = new GroupRules(GroupSettings.withMemberCap(2));
    private final Membership full = Membership.of(List.of("owner@x"), List.of(), List.of("a@x"));

    @Test
    void invitingSomeoneIntoAFullGroupIsRefused() {
        assertThat(rules.invitations(full, List.of("b@x"))).map(Refusal::condition).contains(AppCondition.GROUP_FULL);
    }

    @Test
    void invitingSomeoneAlreadyInAFullGroupIsFine() {
        assertThat(rules.invitations(full, List.of("a@x"))).isEmpty();
    }

    @Test
    void severalInvitationsInOneMessageCountTogether() {
        GroupRules roomForOne = new GroupRules(GroupSettings.withMemberCap(3));

        assertThat(roomForOne.invitations(full, List.of("b@x"))).isEmpty();
        assertThat(roomForOne.invitations(full, List.of("b@x", "c@x"))).isPresent();
    }

    @Test
    void ownersAndAdminsGrantedThroughTheConfigFormCountTowardsTheCap() {
        assertThat(rules.configurationForm(full, Map.of(
                "muc#roomconfig_roomowners", List.of("owner@x", "b@x"))))
                .map(Refusal::condition).contains(AppCondition.GROUP_FULL);
        assertThat(rules.configurationForm(full, Map.of(
                "muc#roomconfig_roomadmins", List.of("a@x"),
                "muc#roomconfig_roomowners", List.of("owner@x")))).isEmpty();
    }

    @Test
    void aLockedOptionIsReportedBeforeTheCap() {
        assertThat(rules.configurationForm(full, Map.of(
                "muc#roomconfig_publicroom", List.of("1"),
                "muc#roomconfig_roomowners", List.of("owner@x", "b@x"))))
                .map(Refusal::condition).contains(AppCondition.PROFILE_LOCKED);
    }
}
