package org.svgroups.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svgroups.core.archive.InvalidArchiveQueryException.Condition;

class ArchiveQueryParserTest {

    private static Map<String, List<String>> form(String... nameValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("FORM_TYPE", List.of(ArchiveQueryParser.NAMESPACE));
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return fields;
    }

    @Test
    void aQueryWithoutFormOrSetAsksForTheFirstDefaultPage() {
        ArchiveQuery query = ArchiveQueryParser.parse(null, null, null, null, false);

        assertThat(query).isEqualTo(new ArchiveQuery(null, null, null, null, ArchiveQueryParser.DEFAULT_PAGE, null, null, false));
        assertThat(query.fromEnd()).isFalse();
    }

    @Test
    void everySupportedFieldAndPagingElementIsRead() {
        ArchiveQuery query = ArchiveQueryParser.parse(form("start", "2026-11-25T10:00:00Z", "end", "2026-11-25T12:00:00.5+01:00",
                "after-id", " a1 ", "before-id", "b2"), "20", "c3", "", true);

        assertThat(query).isEqualTo(new ArchiveQuery(Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-11-25T11:00:00.5Z"), "a1", "b2", 20, "c3", "", true));
        assertThat(query.fromEnd()).as("an empty <before/> asks for the last page").isTrue();
    }

    @Test
    void aHugeMaxIsLoweredToTheCapAndZeroIsAllowed() {
        assertThat(ArchiveQueryParser.parse(null, "101", null, null, false).max()).isEqualTo(ArchiveQueryParser.MAX_PAGE);
        assertThat(ArchiveQueryParser.parse(null, "99999999999999999999999", null, null, false).max()).isEqualTo(ArchiveQueryParser.MAX_PAGE);
        assertThat(ArchiveQueryParser.parse(null, "0", null, null, false).max()).isZero();
    }

    @Test
    void malformedValuesAreBadRequests() {
        assertRefused(() -> ArchiveQueryParser.parse(null, "-1", null, null, false), Condition.BAD_REQUEST, "<max/>");
        assertRefused(() -> ArchiveQueryParser.parse(null, "ten", null, null, false), Condition.BAD_REQUEST, "<max/>");
        assertRefused(() -> ArchiveQueryParser.parse(form("start", "yesterday"), null, null, null, false),
                Condition.BAD_REQUEST, "'start' is not a XEP-0082 date");
        assertRefused(() -> ArchiveQueryParser.parse(form("end", "2026-11-25T10:00:00"), null, null, null, false),
                Condition.BAD_REQUEST, "'end'");
        assertRefused(() -> ArchiveQueryParser.parse(form("after-id", "  "), null, null, null, false),
                Condition.BAD_REQUEST, "not an archive id");
        assertRefused(() -> ArchiveQueryParser.parse(null, null, "x".repeat(300), null, false), Condition.BAD_REQUEST, "<after/>");
        Map<String, List<String>> twice = form();
        twice.put("start", List.of("2026-11-25T10:00:00Z", "2026-11-26T10:00:00Z"));
        assertRefused(() -> ArchiveQueryParser.parse(twice, null, null, null, false), Condition.BAD_REQUEST, "exactly one value");
        Map<String, List<String>> wrongType = new LinkedHashMap<>();
        wrongType.put("FORM_TYPE", List.of("urn:xmpp:mam:1"));
        assertRefused(() -> ArchiveQueryParser.parse(wrongType, null, null, null, false), Condition.BAD_REQUEST, "FORM_TYPE");
        assertRefused(() -> ArchiveQueryParser.parse(Map.of(), null, null, null, false), Condition.BAD_REQUEST, "FORM_TYPE");
    }

    @Test
    void unknownAndUnsupportedFieldsAreNotImplemented() {
        assertRefused(() -> ArchiveQueryParser.parse(form("colour", "red"), null, null, null, false),
                Condition.FEATURE_NOT_IMPLEMENTED, "Unknown field 'colour'");
        assertRefused(() -> ArchiveQueryParser.parse(form("with", "bob@svgroups.test"), null, null, null, false),
                Condition.FEATURE_NOT_IMPLEMENTED, "'with'");
    }

    private static void assertRefused(Runnable parse, Condition condition, String text) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidArchiveQueryException.class,
                e -> assertThat(e.condition()).isEqualTo(condition)).hasMessageContaining(text);
    }
}
