package org.svgroups.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svgroups.core.settings.SettingInput.InvalidSettingException;

class SettingInputTest {

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
