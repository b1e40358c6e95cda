package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.group.Membership;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.testing.Clocks;
import org.svgroups.core.testing.Directory;

class LinkApprovalRuleTest {

    private final Directory people = new Directory().born("teen@x", "2009-06-01").born("adult@x", "1990-01-01");
    private final AgePolicy ages = new AgePolicy(FixedGroupSettings.defaults(), Clocks.fixed());
    private final LinkApprovalRule minorOwned = new LinkApprovalRule(FixedLinkSettings.defaults(), people, ages);
    private final LinkApprovalRule all = new LinkApprovalRule(FixedLinkSettings.defaults().withApproval(LinkApproval.ALL),
            people, ages);

    @Test
    void aGroupWithAMinorAmongItsOwnersHoldsNewcomersForApproval() {
        assertThat(minorOwned.needsApproval(Membership.of(List.of("adult@x", "teen@x"), List.of(), List.of()))).isTrue();
    }

    @Test
    void aGroupOfAdultOwnersDoesNotEvenWithAMinorMemberOrAdmin() {
        assertThat(minorOwned.needsApproval(Membership.of(List.of("adult@x", "unknown@x"), List.of("teen@x"),
                List.of("teen@x")))).isFalse();
    }

    @Test
    void theSettingAllHoldsNewcomersInEveryGroup() {
        assertThat(all.needsApproval(Membership.ofOwners("adult@x"))).isTrue();
        assertThat(LinkApproval.fromValue("minor-owned")).contains(LinkApproval.MINOR_OWNED);
        assertThat(LinkApproval.fromValue("all")).contains(LinkApproval.ALL);
        assertThat(LinkApproval.fromValue("some")).isEmpty();
    }
}
