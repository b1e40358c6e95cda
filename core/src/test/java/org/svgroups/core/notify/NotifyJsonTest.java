package org.svgroups.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class NotifyJsonTest {

    private static final Instant SENT = Instant.parse("2026-11-25T10:00:01Z");
    private static final Instant TIME = Instant.parse("2026-11-25T10:00:00Z");

    private static String string(String value) {
        StringBuilder json = new StringBuilder();
        NotifyJson.string(json, value);
        return json.toString();
    }

    @Test
    void aBatchListsEveryEventWithOptionalFieldsLeftOutWhenAbsent() {
        NotifyEvent message = new NotifyEvent("g@groups.example.org", "Dance crew", "alice@example.org",
                NotifyKind.MESSAGE, "id-1", List.of("bob@example.org", "carol@example.org"), "hi", TIME, null);
        NotifyEvent invitation = new NotifyEvent("g@groups.example.org", "Dance crew", "alice@example.org",
                NotifyKind.INVITATION, null, List.of("dave@example.org"), null, TIME, null);

        assertThat(NotifyJson.batch("b-1", SENT, List.of(message, invitation))).isEqualTo(
                "{\"batch\":\"b-1\",\"sent\":\"2026-11-25T10:00:01Z\",\"events\":["
                + "{\"kind\":\"message\",\"group\":\"g@groups.example.org\",\"groupName\":\"Dance crew\","
                + "\"sender\":\"alice@example.org\",\"archiveId\":\"id-1\","
                + "\"absent\":[\"bob@example.org\",\"carol@example.org\"],\"preview\":\"hi\","
                + "\"time\":\"2026-11-25T10:00:00Z\"},"
                + "{\"kind\":\"invitation\",\"group\":\"g@groups.example.org\",\"groupName\":\"Dance crew\","
                + "\"sender\":\"alice@example.org\",\"absent\":[\"dave@example.org\"],"
                + "\"time\":\"2026-11-25T10:00:00Z\"}]}");
        assertThat(NotifyJson.batch("b-2", SENT, List.of())).endsWith("\"events\":[]}");
    }

    @Test
    void aReportNamesTheReporterAsSenderAndCarriesTheReport() {
        NotifyEvent report = new NotifyEvent("g@groups.example.org", "Dance crew", "carol@example.org",
                NotifyKind.REPORT, "id-9", List.of(), null, TIME,
                new ReportNotice(9_007_199_254_740_993L, "minor-safety", "message", "bob@example.org", true));

        assertThat(NotifyJson.batch("b-3", SENT, List.of(report))).isEqualTo(
                "{\"batch\":\"b-3\",\"sent\":\"2026-11-25T10:00:01Z\",\"events\":["
                + "{\"kind\":\"report\",\"group\":\"g@groups.example.org\",\"groupName\":\"Dance crew\","
                + "\"sender\":\"carol@example.org\",\"archiveId\":\"id-9\",\"absent\":[],"
                + "\"report\":{\"id\":\"9007199254740993\",\"reason\":\"minor-safety\",\"target\":\"message\","
                + "\"reported\":\"bob@example.org\",\"minor\":true},\"time\":\"2026-11-25T10:00:00Z\"}]}");
    }

    @Test
    void aReportEventAndOnlyOneCarriesAReportAndNoAbsentMembers() {
        ReportNotice notice = new ReportNotice(1, "spam", "group", "g@groups.example.org", false);
        assertThatThrownBy(() -> new NotifyEvent("g@x", "", "c@x", NotifyKind.REPORT, null, List.of(), null, TIME, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotifyEvent("g@x", "", "c@x", NotifyKind.MESSAGE, null, List.of("b@x"), null, TIME,
                notice)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotifyEvent("g@x", "", "c@x", NotifyKind.REPORT, null, List.of("b@x"), null, TIME,
                notice)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stringsAreEscapedAsRfc8259Requires() {
        assertThat(string("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
        assertThat(string("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
        assertThat(string("\u0000\u0001\u001f")).isEqualTo("\"\\u0000\\u0001\\u001f\"");
        assertThat(string("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
        assertThat(string("é 😀 <script>")).isEqualTo("\"é 😀 <script>\"");
    }

    @Test
    void unpairedSurrogatesAreEscapedSoTheBodyStaysValidUtf8() {
        assertThat(string("a\ud83d")).isEqualTo("\"a\\ud83d\"");
        assertThat(string("\ude00b")).isEqualTo("\"\\ude00b\"");
        assertThat(string("\ude00\ud83d")).isEqualTo("\"\\ude00\\ud83d\"");
    }
}
