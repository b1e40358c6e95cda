package org.svgroups.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.testing.Clocks;

class AgePolicyTest {

    private final AgePolicy ages = new AgePolicy(FixedGroupSettings.defaults(), Clocks.fixed());

    @Test
    void sixteenTodayIsAMinorAndFifteenIsUnderAge() {
        assertThat(ages.classify(born("2010-11-25"))).isEqualTo(AgeGroup.MINOR);
        assertThat(ages.classify(born("2010-11-26"))).isEqualTo(AgeGroup.UNDER_AGE);
    }

    @Test
    void eighteenTodayIsAnAdultAndSeventeenIsAMinor() {
        assertThat(ages.classify(born("2008-11-25"))).isEqualTo(AgeGroup.ADULT);
        assertThat(ages.classify(born("2008-11-26"))).isEqualTo(AgeGroup.MINOR);
    }

    @Test
    void noBirthdateIsUnknownAndMayUseGroupsOnlyIfTheSettingSays() {
        assertThat(ages.classify(Optional.empty())).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(ages.mayUseGroups(AgeGroup.UNKNOWN)).isTrue();
        AgePolicy strict = new AgePolicy(FixedGroupSettings.defaults().withUnknownBirthdateAllowed(false), Clocks.fixed());
        assertThat(strict.mayUseGroups(AgeGroup.UNKNOWN)).isFalse();
    }

    @Test
    void underAgeMayNotUseGroups() {
        assertThat(ages.mayUseGroups(AgeGroup.UNDER_AGE)).isFalse();
        assertThat(ages.mayUseGroups(AgeGroup.MINOR)).isTrue();
        assertThat(ages.mayUseGroups(AgeGroup.ADULT)).isTrue();
    }

    private static Optional<LocalDate> born(String date) {
        return Optional.of(LocalDate.parse(date));
    }
}
