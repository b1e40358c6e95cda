package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

class LockedProfileRuleTest {

    private final LockedProfileRule rule = new LockedProfileRule(GroupSettings.withMemberCap(32));

    @Test
    void renamingAndDescribingAGroupIsAllowed() {
        assertThat(rule.check(Map.of(
                "muc#roomconfig_roomname", List.of("Dance crew"),
                "muc#roomconfig_roomdesc", List.of("Friday moves")))).isEmpty();
    }

    @Test
    void aFullFormThatEchoesTheGroupProfileIsAllowed() {
        assertThat(rule.check(Map.of(
                "muc#roomconfig_roomname", List.of("Dance crew"),
                "muc#roomconfig_persistentroom", List.of("1"),
                "muc#roomconfig_membersonly", List.of("true"),
                "muc#roomconfig_publicroom", List.of("0"),
                "muc#roomconfig_whois", List.of("anyone"),
                "muc#roomconfig_passwordprotectedroom", List.of("false"),
                "muc#roomconfig_roomsecret", List.of(""),
                "x-muc#roomconfig_registration", List.of("0"),
                "muc#roomconfig_maxusers", List.of("0")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
            "muc#roomconfig_publicroom, 1",
            "muc#roomconfig_publicroom, true",
            "muc#roomconfig_publicroom, ''",
            "muc#roomconfig_membersonly, 0",
            "muc#roomconfig_membersonly, false",
            "muc#roomconfig_persistentroom, 0",
            "muc#roomconfig_whois, moderators",
            "muc#roomconfig_passwordprotectedroom, 1",
            "muc#roomconfig_roomsecret, hunter2",
            "x-muc#roomconfig_registration, 1",
            "muc#roomconfig_maxusers, 10",
            "muc#roomconfig_maxusers, many",
            "muc#roomconfig_membersonly, yes",
            "muc#roomconfig_enablelogging, 1",
    })
    void changingALockedOptionIsRefusedAndNamesTheOption(String field, String value) {
        Refusal refusal = rule.check(Map.of(field, List.of(value))).orElseThrow();

        assertThat(refusal.condition()).isEqualTo(AppCondition.PROFILE_LOCKED);
        assertThat(refusal.attributes()).containsEntry("option", field);
        assertThat(refusal.text()).contains(field);
    }

    @Test
    void aRoomSizeOfAtLeastTheMemberCapIsAllowed() {
        assertThat(rule.check(Map.of("muc#roomconfig_maxusers", List.of("32")))).isEmpty();
        assertThat(rule.check(Map.of("muc#roomconfig_maxusers", List.of("50")))).isEmpty();
        assertThat(rule.check(Map.of("muc#roomconfig_maxusers", List.of("31")))).isPresent();
    }

    @Test
    void optionsOutsideTheProfileAreFree() {
        assertThat(rule.check(Map.of(
                "muc#roomconfig_changesubject", List.of("1"),
                "muc#roomconfig_allowpm", List.of("none")))).isEmpty();
        assertThat(rule.check(Map.of("muc#roomconfig_enablelogging", List.of("0")))).as("the log kept off").isEmpty();
    }
}
