package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class InviteLinkTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final Instant EXPIRES = T0.plusSeconds(3600);

    static InviteLink link(int maxUses, int uses, boolean revoked) {
        return new InviteLink("0123456789abcdef", "dance@groups.x", "alice@x", T0, EXPIRES, maxUses, uses, revoked);
    }

    @Test
    void activeUntilItsExpiryThenExpired() {
        assertThat(link(0, 0, false).state(T0)).isEqualTo(LinkState.ACTIVE);
        assertThat(link(0, 500, false).state(EXPIRES.minusMillis(1))).isEqualTo(LinkState.ACTIVE);
        assertThat(link(0, 0, false).state(EXPIRES)).isEqualTo(LinkState.EXPIRED);
    }

    @Test
    void usedUpAtItsMaximumOfUses() {
        assertThat(link(2, 1, false).state(T0)).isEqualTo(LinkState.ACTIVE);
        assertThat(link(2, 2, false).state(T0)).isEqualTo(LinkState.USED_UP);
    }

    @Test
    void revokedSaysSoEvenExpiredOrUsedUp() {
        assertThat(link(1, 1, true).state(EXPIRES.plusSeconds(1))).isEqualTo(LinkState.REVOKED);
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> link(-1, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> link(0, -1, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
