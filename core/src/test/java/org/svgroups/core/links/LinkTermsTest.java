package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LinkTermsTest {

    private final FixedLinkSettings settings = FixedLinkSettings.defaults();

    @Test
    void withoutTermsALinkLivesSevenDaysForAnyNumberOfPeople() {
        assertThat(LinkTerms.of(null, null, settings)).isEqualTo(new LinkTerms(Duration.ofDays(7), 0));
    }

    @Test
    void theCreatorChoosesDaysUpToTheMaximumAndANumberOfUses() {
        assertThat(LinkTerms.of(30, 1, settings)).isEqualTo(new LinkTerms(Duration.ofDays(30), 1));
        assertThat(LinkTerms.of(1, LinkTerms.MAX_USES, settings)).isEqualTo(new LinkTerms(Duration.ofDays(1), LinkTerms.MAX_USES));
    }

    @Test
    void termsOutOfRangeAreRefusedSayingTheRange() {
        assertThatThrownBy(() -> LinkTerms.of(31, null, settings)).hasMessageContaining("1 to 30 days");
        assertThatThrownBy(() -> LinkTerms.of(0, null, settings)).hasMessageContaining("1 to 30 days");
        assertThatThrownBy(() -> LinkTerms.of(null, 0, settings)).hasMessageContaining("uses");
        assertThatThrownBy(() -> LinkTerms.of(null, LinkTerms.MAX_USES + 1, settings)).hasMessageContaining("uses");
    }

    @Test
    void aDefaultLongerThanTheMaximumIsCutToIt() {
        FixedLinkSettings odd = new FixedLinkSettings(Duration.ofDays(60), Duration.ofDays(10), false,
                LinkApproval.MINOR_OWNED, 10);
        assertThat(LinkTerms.of(null, null, odd).lifetime()).isEqualTo(Duration.ofDays(10));
    }
}
