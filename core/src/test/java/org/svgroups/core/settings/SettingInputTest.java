package org.svgroups.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svgroups.core.settings.SettingInput.InvalidSettingException;

class SettingInputTest {

    @Test
    void aMemberCapInRangeIsAccepted() {
        assertThat(SettingInput.memberCap(" 32 ")).isEqualTo(32);
        assertThat(SettingInput.memberCap("2")).isEqualTo(2);
        assertThat(SettingInput.memberCap("1000")).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1001", "-5", "thirty", "3.5"})
    void aMemberCapOutOfRangeOrNotANumberIsRefused(String input) {
        assertThatThrownBy(() -> SettingInput.memberCap(input))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("svgroups.settings.error.member-cap");
                    assertThat(e.arguments()).containsExactly("2", "1000");
                });
    }

    @Test
    void aSubdomainIsNormalisedToLowerCase() {
        assertThat(SettingInput.subdomain(" Groups ")).isEqualTo("groups");
        assertThat(SettingInput.subdomain("sv-groups2")).isEqualTo("sv-groups2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-groups", "groups-", "gr oups", "groups.example", "gr_oups"})
    void aSubdomainThatIsNotOneDnsLabelIsRefused(String input) {
        assertThatThrownBy(() -> SettingInput.subdomain(input))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("svgroups.settings.error.subdomain"));
    }
}
