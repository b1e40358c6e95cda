package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.testing.MovableClock;

class LinkValidityRuleTest {

    private static final String GROUP = "dance@groups.x";
    private final MovableClock clock = new MovableClock("2026-11-25T10:00:00Z");
    private final LinkValidityRule rule = new LinkValidityRule(clock);

    private static InviteLink link(String group, int maxUses, int uses, boolean revoked) {
        return new InviteLink("id", group, "alice@x", Instant.parse("2026-11-25T09:00:00Z"),
                Instant.parse("2026-11-26T09:00:00Z"), maxUses, uses, revoked);
    }

    @Test
    void anActiveLinkOfTheGroupIsValid() {
        assertThat(rule.check(GROUP, Optional.of(link(GROUP, 1, 0, false)))).isEmpty();
    }

    @Test
    void anUnknownTokenAndALinkOfAnotherGroupGetTheSameRefusal() {
        Refusal unknown = rule.check(GROUP, Optional.empty()).orElseThrow();
        assertThat(unknown.condition()).isEqualTo(AppCondition.LINK_INVALID);
        assertThat(rule.check(GROUP, Optional.of(link("skate@groups.x", 0, 0, false)))).contains(unknown);
        // Even a dead link of another group says nothing of itself.
        assertThat(rule.check(GROUP, Optional.of(link("skate@groups.x", 0, 0, true)))).contains(unknown);
    }

    @Test
    void expiredRevokedAndUsedUpLinksEachSaySo() {
        assertThat(rule.check(GROUP, Optional.of(link(GROUP, 1, 1, false)))).map(Refusal::condition)
                .contains(AppCondition.LINK_USED_UP);
        assertThat(rule.check(GROUP, Optional.of(link(GROUP, 0, 0, true)))).map(Refusal::condition)
                .contains(AppCondition.LINK_REVOKED);
        clock.set("2026-11-26T09:00:00Z");
        assertThat(rule.check(GROUP, Optional.of(link(GROUP, 0, 0, false)))).map(Refusal::condition)
                .contains(AppCondition.LINK_EXPIRED);
    }
}
