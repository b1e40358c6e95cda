package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsVariantsTest {

    @Test
    void eachSettingsIsAVariantOfTheGroupsServiceOnly() {
        Options o = Options.parse("--openfire-home", "/of", "--services", "conference,groups", "--room-logging",
                "--settings", "archive-off:svgroups.archive.enabled=false",
                "--settings", "notify-down:svgroups.notify.url=http://127.0.0.1:9/wake, svgroups.notify.secret=s3");
        assertThat(o.roomLogging()).isTrue();
        assertThat(o.variants().stream().map(Options.Variant::label).toList()).containsExactly(
                "conference message=100", "groups message=100 archive-off", "groups message=100 notify-down");
        assertThat(o.variants().get(2).settings().values()).containsExactly(
                Map.entry("svgroups.notify.url", "http://127.0.0.1:9/wake"), Map.entry("svgroups.notify.secret", "s3"));
        assertThat(ServerSettings.keys(o.settings()))
                .containsExactly("svgroups.archive.enabled", "svgroups.notify.url", "svgroups.notify.secret");
    }

    @Test
    void aValueMayBeEmpty() {
        assertThat(ServerSettings.parse("off:svgroups.notify.url=").values()).containsExactly(Map.entry("svgroups.notify.url", ""));
    }

    @Test
    void refusesSettingsThatCannotRun() {
        assertThatThrownBy(() -> Options.parse("--settings", "nolabel")).hasMessageContaining("--settings 'nolabel'")
                .hasMessageContaining("LABEL:KEY=VALUE");
        assertThatThrownBy(() -> Options.parse("--settings", "a b:k=v")).hasMessageContaining("the label 'a b'");
        assertThatThrownBy(() -> Options.parse("--settings", "a:k")).hasMessageContaining("'k' is not KEY=VALUE");
        assertThatThrownBy(() -> Options.parse("--settings", "a:k=1,k=2")).hasMessageContaining("k is given twice");
        assertThatThrownBy(() -> Options.parse("--settings", "a:k=1")).hasMessageContaining("needs --openfire-home");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--services", "conference", "--settings", "a:k=1"))
                .hasMessageContaining("the groups service");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--settings", "a:k=1", "--settings", "a:k=2"))
                .hasMessageContaining("every label must be different");
    }

    @Test
    void settlingWatchesTheScratchServer() {
        assertThat(Options.parse().settle()).isZero();
        assertThat(Options.parse("--openfire-home", "/of", "--settle", "30s").settle()).hasSeconds(30);
        assertThatThrownBy(() -> Options.parse("--settle", "30s")).hasMessageContaining("--settle needs --openfire-home");
    }

    @Test
    void absentMembersLeaveAtLeastTwoInEachRoom() {
        assertThat(Options.parse("--absent", "4").absent()).isEqualTo(4);
        assertThat(Options.parse().absent()).isZero();
        assertThatThrownBy(() -> Options.parse("--members", "8", "--users", "8", "--absent", "7"))
                .hasMessageContaining("--absent 7 leaves fewer than 2 members");
        assertThat(List.of(Options.parse("--absent", "30").absent())).containsExactly(30);
    }
}
