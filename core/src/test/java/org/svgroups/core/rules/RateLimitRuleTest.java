package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

class RateLimitRuleTest {

    private final Map<String, Integer> counts = new HashMap<>();

    private RateLimitRule hourlyLimitOf(int max, String now) {
        return new RateLimitRule("invitations sent per hour", counts, Duration.ofHours(1), () -> max,
                Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    @Test
    void actionsUpToTheLimitPassAndTheNextIsRefusedWithWhenToRetry() {
        RateLimitRule rule = hourlyLimitOf(3, "2026-11-25T10:48:00Z");

        assertThat(rule.acquire("alice", 2)).isEmpty();
        assertThat(rule.acquire("alice", 1)).isEmpty();
        Refusal refusal = rule.acquire("alice", 1).orElseThrow();

        assertThat(refusal.condition()).isEqualTo(AppCondition.RATE_LIMITED);
        assertThat(refusal.text()).contains("3 invitations sent per hour").contains("2026-11-25 11:00 UTC").contains("in 12 min");
    }

    @Test
    void aRefusedBatchCountsNothing() {
        RateLimitRule rule = hourlyLimitOf(3, "2026-11-25T10:00:00Z");

        assertThat(rule.acquire("alice", 4)).isPresent();
        assertThat(rule.acquire("alice", 3)).isEmpty();
    }

    @Test
    void eachUserHasTheirOwnCount() {
        RateLimitRule rule = hourlyLimitOf(1, "2026-11-25T10:00:00Z");

        assertThat(rule.acquire("alice", 1)).isEmpty();
        assertThat(rule.acquire("bob", 1)).isEmpty();
        assertThat(rule.acquire("alice", 1)).isPresent();
    }

    @Test
    void theCountStartsAgainInTheNextPeriod() {
        assertThat(hourlyLimitOf(1, "2026-11-25T10:59:59Z").acquire("alice", 1)).isEmpty();
        assertThat(hourlyLimitOf(1, "2026-11-25T10:59:59Z").acquire("alice", 1)).isPresent();
        assertThat(hourlyLimitOf(1, "2026-11-25T11:00:00Z").acquire("alice", 1)).isEmpty();
    }
}
