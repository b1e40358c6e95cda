package org.svgroups.openfire.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.openfire.bookmarks.InMemoryBookmarks.SERVICE;

import org.dom4j.DocumentHelper;
import org.junit.jupiter.api.Test;

class MemberBookmarksTest {

    private final InMemoryBookmarks edges = new InMemoryBookmarks();
    private final MemberBookmarks bookmarks = edges.reconciler();

    @Test
    void aMembersStorageGetsTheirGroupsAndSvgroupsRemembersPlacingThem() {
        edges.group("dance", "Dance crew", "bob@example.org", "alice@example.org");
        edges.group("skate", "Skate", "bob@example.org");

        assertThat(bookmarks.reconcile("bob@example.org")).isTrue();

        assertThat(edges.stored.get("bob").asXML()).isEqualTo("<storage xmlns=\"storage:bookmarks\">"
                + "<conference jid=\"dance@groups.example.org\" name=\"Dance crew\" autojoin=\"true\"><nick>bob</nick></conference>"
                + "<conference jid=\"skate@groups.example.org\" name=\"Skate\" autojoin=\"true\"><nick>bob</nick></conference>"
                + "</storage>");
        assertThat(edges.placedRows.get("bob@example.org")).containsExactlyInAnyOrder("dance@" + SERVICE, "skate@" + SERVICE);
    }

    @Test
    void storageIsWrittenOnlyWhenSomethingChanges() {
        edges.group("dance", "Dance crew", "bob@example.org");
        bookmarks.reconcile("bob@example.org");

        assertThat(bookmarks.reconcile("bob@example.org")).isFalse();
        assertThat(edges.writes).containsExactly("bob");
    }

    @Test
    void leavingTakesTheGroupOutAndKeepsTheUsersOwnBookmarks() throws Exception {
        edges.group("dance", "Dance crew", "bob@example.org");
        edges.stored.put("bob", DocumentHelper.parseText("<storage xmlns='storage:bookmarks'>"
                + "<conference jid='chess@conference.example.org' name='Chess'/></storage>").getRootElement());
        bookmarks.reconcile("bob@example.org");
        edges.groups.get("dance@" + SERVICE).remove("bob@example.org");

        bookmarks.reconcile("bob@example.org");

        assertThat(edges.conferences("bob")).containsExactly("chess@conference.example.org");
        assertThat(edges.placedRows).doesNotContainKey("bob@example.org");
    }

    @Test
    void usersOfOtherServersAreSkipped() {
        edges.group("dance", "Dance crew", "eve@elsewhere.example");

        assertThat(bookmarks.reconcile("eve@elsewhere.example")).isFalse();
        assertThat(bookmarks.reconcile("elsewhere.example")).isFalse();
        assertThat(edges.writes).isEmpty();
        assertThat(edges.placedRows).isEmpty();
    }

    @Test
    void nothingIsDoneWhileTheServerKeepsNoPrivateData() {
        edges.group("dance", "Dance crew", "bob@example.org");
        edges.enabled = false;

        assertThat(bookmarks.reconcile("bob@example.org")).isFalse();
        assertThat(edges.writes).isEmpty();
        assertThat(edges.placedRows).isEmpty();
    }

    @Test
    void theUsersLockIsReleasedWhenStorageFails() {
        edges.group("dance", "Dance crew", "bob@example.org");
        edges.failure = new IllegalStateException("database down");

        try {
            bookmarks.reconcile("bob@example.org");
        } catch (IllegalStateException expected) {
            // The worker logs it and tries again later.
        }

        assertThat(edges.lock("bob@example.org").isLocked()).isFalse();
        assertThat(edges.placedRows).isEmpty();
    }
}
