package org.svgroups.openfire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CachedGroupDirectoryTest {

    private final FakeConsoleBackend database = new FakeConsoleBackend()
            .group("a", "2026-01-01T00:00:00Z", "owner:x");
    private final Map<String, CachedGroupDirectory.Groups> cache = new HashMap<>();
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
