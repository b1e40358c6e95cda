package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

class InviterBelongsToGroupRuleTest {

    private final Membership group = Membership.of(List.of("owner"), List.of("admin"), List.of("member"));
    private final InviterBelongsToGroupRule rule = new InviterBelongsToGroupRule();

    @Test
    void ownersAdminsAndPlainMembersMayInvite() {
        assertThat(rule.check(group, "owner")).isEmpty();
        assertThat(rule.check(group, "admin")).isEmpty();
        assertThat(rule.check(group, "member")).isEmpty();
    }

    @Test
    void someoneOutsideTheGroupMayNot() {
        assertThat(rule.check(group, "stranger")).map(Refusal::condition).contains(AppCondition.NOT_MEMBER);
    }
}
