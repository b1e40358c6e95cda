package org.svgroups.openfire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CachedGroupDirectoryTest {

    private final FakeConsoleBackend database = new FakeConsoleBackend()
            .group("a", "2026-01-01T00:00:00Z", "owner:x");
    private final Map<String, ArrayList<Object[]>> cache = new HashMap<>();
    private final CachedGroupDirectory directory = new CachedGroupDirectory(database, cache);

    @Test
    void theListIsReadOnceUntilForgotten() {
        assertThat(directory.groups()).extracting(GroupRow::name).containsExactly("a");
        database.group("b", "2026-01-01T00:00:00Z", "owner:y");

        assertThat(directory.groups()).as("kept").extracting(GroupRow::name).containsExactly("a");
        assertThat(cache).containsOnlyKeys("all");

        directory.forget();
        assertThat(directory.groups()).extracting(GroupRow::name).containsExactly("a", "b");
    }

    @Test
    void theCacheHoldsOnlyJdkClassesSoThatAnyNodeAndAnyLoadOfThePluginCanReadIt() {
        List<GroupRow> rows = directory.groups();

        assertThat(cache.get("all")).singleElement().satisfies(fields -> assertThat(fields)
                .allSatisfy(value -> assertThat(value == null || value.getClass().getName().startsWith("java."))
                        .as(String.valueOf(value)).isTrue()));
        assertThat(directory.groups()).isEqualTo(rows);
        GroupRow sparse = new GroupRow("c", "c@groups.test", "C", null, 0, Instant.EPOCH, null, 0);
        assertThat(GroupRow.of(sparse.fields())).isEqualTo(sparse);
    }

    @Test
    void anExpiredEntryIsReadAgain() {
        directory.groups();
        database.group("b", "2026-01-01T00:00:00Z", "owner:y");
        cache.clear();

        assertThat(directory.groups()).extracting(GroupRow::name).containsExactly("a", "b");
    }

    @Test
    void searchesAndSharesAlwaysGoToTheDatabase() {
        directory.groups();
        database.group("b", "2026-01-01T00:00:00Z", "owner:y");

        assertThat(directory.groupsWithMember("y@")).containsExactly("b");
        assertThat(directory.groupsOf("y@example.org")).containsExactly("b");
        assertThat(directory.memberships()).isEqualTo(Map.of("a@" + FakeConsoleBackend.SERVICE, Set.of("x@example.org"),
                "b@" + FakeConsoleBackend.SERVICE, Set.of("y@example.org")));
    }
}
