package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapProbeTest {

    @Test
    void readsTheLiveBytesFromTheClassHistogramsTotal() {
        String histogram = """
                1234:
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:        100313        9631048  [B (java.base@17.0.15)
                   2:         95118        2282832  java.lang.String (java.base@17.0.15)
                Total        812345       56789012
                """;
        assertThat(HeapProbe.totalBytes(histogram)).isEqualTo(56_789_012L);
        assertThatThrownBy(() -> HeapProbe.totalBytes("1234:\nNo such process")).hasMessageContaining("no 'Total' line");
    }

    @Test
    void bytesEachIsTheGrowthDividedByTheCount() {
        HeapProbe.HeapResult r = new HeapProbe.HeapResult("groups", "group of 32", 1000, 50_000_000, 62_500_000);
        assertThat(r.bytesEach()).isEqualTo(12_500.0);
        assertThat(HeapProbe.line(r)).contains("12,500 bytes each");
    }
}
