package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void smallValuesAreExact() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 100; v++) {
            h.record(v);
        }
        assertThat(h.count()).isEqualTo(100);
        assertThat(h.percentile(50)).isEqualTo(50);
        assertThat(h.percentile(99)).isEqualTo(99);
        assertThat(h.percentile(100)).isEqualTo(100);
        assertThat(h.max()).isEqualTo(100);
    }

    @Test
    void largeValuesAreWithinTheBucketPrecisionAndNeverBelowTheTruth() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 100_000; v++) {
            h.record(v * 10);
        }
        long p50 = h.percentile(50);
        long p99 = h.percentile(99);
        assertThat(p50).isGreaterThanOrEqualTo(500_000).isCloseTo(500_000, within(500_000 / 64L));
        assertThat(p99).isGreaterThanOrEqualTo(990_000).isCloseTo(990_000, within(990_000 / 64L));
        assertThat(h.percentile(100)).isEqualTo(1_000_000);
    }

    @Test
    void aSkewedDistributionPutsTheTailInP99() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 980; i++) {
            h.record(1_000);
        }
        for (int i = 0; i < 20; i++) {
            h.record(50_000);
        }
        assertThat(h.percentile(50)).isBetween(1_000L, 1_015L);
        assertThat(h.percentile(98)).isBetween(1_000L, 1_015L);
        assertThat(h.percentile(99)).isBetween(50_000L, 50_000L + 50_000 / 64);
    }

    @Test
    void outOfRangeValuesAreClampedAndEmptyIsZero() {
        LatencyHistogram h = new LatencyHistogram();
        assertThat(h.percentile(99)).isZero();
        h.record(-5);
        h.record(Long.MAX_VALUE);
        assertThat(h.percentile(50)).isZero();
        assertThat(h.max()).isEqualTo(LatencyHistogram.MAX_MICROS);
        assertThat(h.percentile(100)).isEqualTo(LatencyHistogram.MAX_MICROS);
    }

    @Test
    void bucketsTileTheRangeWithoutGaps() {
        for (long v = 0; v < 1_000_000; v += 7) {
            int i = LatencyHistogram.index(v);
            assertThat(LatencyHistogram.upperBound(i)).isGreaterThanOrEqualTo(v);
            assertThat(i == 0 || LatencyHistogram.upperBound(i - 1) < v).isTrue();
        }
    }

    @Test
    void refusesAPercentileOutsideTheRange() {
        LatencyHistogram h = new LatencyHistogram();
        assertThatThrownBy(() -> h.percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.percentile(100.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
