package org.svgroups.openfire.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.openfire.admin.GroupsPage.Listed;
import org.svgroups.openfire.admin.GroupsPage.PageLink;

class GroupsPageTest {

    private final FakeConsoleBackend backend = new FakeConsoleBackend();
    private final GroupsPage page = new GroupsPage(backend);

    private FakeConsoleBackend manyGroups(int count) {
        for (int i = 0; i < count; i++) {
            backend.group(String.format("g%03d", i), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L).toString(),
                    "owner:o" + i);
        }
        return backend;
    }

    private static List<String> names(GroupsPage page) {
        return page.getRows().stream().map(listed -> listed.row().name()).toList();
    }

    @Test
    void listsGroupsByNameFirstPageOf25() {
        manyGroups(60);

        page.show(null, null, null, null, null);

        assertThat(page.getTotal()).isEqualTo(60);
        assertThat(page.getRows()).hasSize(25);
        assertThat(names(page).get(0)).isEqualTo("g000");
        assertThat(page.getPages()).extracting(PageLink::number).containsExactly(1, 2, 3);
        assertThat(page.getPages()).extracting(PageLink::start).containsExactly(0, 25, 50);
        assertThat(page.getPages().get(0).current()).isTrue();
    }

    @Test
    void pagesAreAlignedAndAStartPastTheEndShowsTheLastPage() {
        manyGroups(60);

        page.show(null, null, null, "27", "25");
        assertThat(page.getStart()).isEqualTo(25);
        assertThat(page.getEnd()).isEqualTo(50);

        GroupsPage past = new GroupsPage(backend);
        past.show(null, null, null, "500", null);
        assertThat(past.getStart()).isEqualTo(50);
        assertThat(names(past)).hasSize(10).endsWith("g059");
    }

    @Test
    void nonsenseParametersFallBackToTheDefaults() {
        manyGroups(30);

        page.show(null, "drop table", "sideways", "-5", "7");

        assertThat(page.getSort()).isEqualTo("name");
        assertThat(page.getOrder()).isEqualTo("asc");
        assertThat(page.getStart()).isZero();
        assertThat(page.getRange()).isEqualTo(25);
    }

    @Test
    void sortsByEachColumnBothWays() {
        backend.group("alpha", "2026-03-01T00:00:00Z", "owner:zoe", "member:a", "member:b")
                .group("Beta", "2026-01-01T00:00:00Z", "owner:adam")
                .group("gamma", "2026-02-01T00:00:00Z", "owner:mia", "member:c");

        page.show(null, "members", null, null, null);
        assertThat(names(page)).containsExactly("alpha", "gamma", "Beta");
        assertThat(page.getOrder()).as("numbers sort high to low first").isEqualTo("desc");

        GroupsPage byOwner = new GroupsPage(backend);
        byOwner.show(null, "owner", "asc", null, null);
        assertThat(names(byOwner)).containsExactly("Beta", "gamma", "alpha");

        GroupsPage byCreated = new GroupsPage(backend);
        byCreated.show(null, "created", "asc", null, null);
        assertThat(names(byCreated)).containsExactly("Beta", "gamma", "alpha");

        GroupsPage byName = new GroupsPage(backend);
        byName.show(null, "name", "desc", null, null);
        assertThat(names(byName)).as("case-insensitive").containsExactly("gamma", "Beta", "alpha");
    }

    @Test
    void theHeaderOfTheSortedColumnReversesItsOrderAndTheOthersStartWithTheirNaturalOne() {
        backend.group("a", "2026-01-01T00:00:00Z", "owner:x");

        page.show(null, "members", "desc", null, null);

        assertThat(page.getOrderFor()).containsEntry("members", "asc").containsEntry("name", "asc")
                .containsEntry("created", "desc").containsEntry("shares", "desc");
    }

    @Test
    void searchFindsGroupsByNameOrByAnyoneInThem() {
        backend.group("cats", "2026-01-01T00:00:00Z", "owner:alice", "member:bob")
                .group("dogs", "2026-01-01T00:00:00Z", "owner:carol", "member:bobby")
                .group("birds", "2026-01-01T00:00:00Z", "owner:dan");

        page.show("BOB", null, null, null, null);
        assertThat(names(page)).containsExactly("cats", "dogs");
        assertThat(page.getMatching()).isEqualTo(2);
        assertThat(page.getTotal()).isEqualTo(3);

        GroupsPage byName = new GroupsPage(backend);
        byName.show(" Bir ", null, null, null, null);
        assertThat(names(byName)).containsExactly("birds");
        assertThat(byName.getQuery()).isEqualTo("Bir");
    }

    @Test
    void rowsSayWhenAGroupIsFull() {
        backend.settings = FixedGroupSettings.defaults().withMemberCap(2);
        backend.group("full", "2026-01-01T00:00:00Z", "owner:a", "member:b")
                .group("room", "2026-01-01T00:00:00Z", "owner:c");

        page.show(null, null, null, null, null);

        assertThat(page.getRows()).extracting(listed -> listed.row().name(), Listed::full)
                .containsExactly(tuple("full", true), tuple("room", false));
        assertThat(page.getMemberCap()).isEqualTo(2);
    }

    @Test
    void withoutGroupsThereIsNoPageList() {
        page.show(null, null, null, null, null);

        assertThat(page.getRows()).isEmpty();
        assertThat(page.getPages()).isEmpty();
        assertThat(page.getEnd()).isZero();
    }
}
