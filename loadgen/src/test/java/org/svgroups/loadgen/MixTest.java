package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MixTest {

    @Test
    void picksEachKindInProportionToItsWeight() {
        Mix mix = Mix.parse("message=70, share=20,invite=10");
        assertThat(mix.pick(0.0)).isEqualTo(OpKind.MESSAGE);
        assertThat(mix.pick(0.6999)).isEqualTo(OpKind.MESSAGE);
        assertThat(mix.pick(0.7)).isEqualTo(OpKind.SHARE);
        assertThat(mix.pick(0.8999)).isEqualTo(OpKind.SHARE);
        assertThat(mix.pick(0.9)).isEqualTo(OpKind.INVITE);
        assertThat(mix.pick(0.9999)).isEqualTo(OpKind.INVITE);

        Map<OpKind, Integer> counts = new EnumMap<>(OpKind.class);
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            counts.merge(mix.pick(random.nextDouble()), 1, Integer::sum);
        }
        assertThat(counts.get(OpKind.MESSAGE)).isBetween(69_000, 71_000);
        assertThat(counts.get(OpKind.SHARE)).isBetween(19_000, 21_000);
        assertThat(counts.get(OpKind.INVITE)).isBetween(9_000, 11_000);
        assertThat(counts).doesNotContainKey(OpKind.JOIN);
    }

    @Test
    void zeroWeightsAreLeftOutAndTheSpecReadsBack() {
        Mix mix = Mix.parse("join=0,message=1");
        assertThat(mix.includes(OpKind.JOIN)).isFalse();
        assertThat(mix.pick(0.5)).isEqualTo(OpKind.MESSAGE);
        assertThat(mix).hasToString("message=1");
        assertThat(Mix.parse("share=3,message=1")).hasToString("message=1,share=3");
    }

    @Test
    void badSpecsSayWhatIsWrong() {
        assertThatThrownBy(() -> Mix.parse("message")).hasMessageContaining("not kind=weight");
        assertThatThrownBy(() -> Mix.parse("chat=1")).hasMessageContaining("unknown operation 'chat'")
                .hasMessageContaining("message, share, invite, join");
        assertThatThrownBy(() -> Mix.parse("message=x")).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> Mix.parse("message=-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Mix.parse("message=1,message=2")).hasMessageContaining("twice");
        assertThatThrownBy(() -> Mix.parse("message=0")).hasMessageContaining("positive weight");
        assertThatThrownBy(() -> Mix.parse("message=1").pick(1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
