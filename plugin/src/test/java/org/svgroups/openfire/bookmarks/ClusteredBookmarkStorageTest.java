package org.svgroups.openfire.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;

class ClusteredBookmarkStorageTest {

    /** What happened, in order: storage calls and refreshes of the cluster's copies. */
    private final List<String> calls = new ArrayList<>();
    private boolean clustered = true;
    private RuntimeException writeFailure;

    private final BookmarkStorage storage = new BookmarkStorage() {
        @Override
        public boolean isEnabled() {
            return true;
        }

        @Override
        public Element read(String username) {
            calls.add("read " + username);
            return StorageBookmarks.empty();
        }

        @Override
        public void write(String username, Element bookmarks) {
            if (writeFailure != null) {
                throw writeFailure;
            }
            calls.add("write " + username);
        }
    };

    private final BookmarkCopies copies = new BookmarkCopies() {
        @Override
        public void refreshHere(String username) {
            calls.add("refresh here " + username);
        }

        @Override
        public void refreshElsewhere(String username) {
            calls.add("refresh elsewhere " + username);
        }
    };

    private final ClusteredBookmarkStorage clusteredStorage = new ClusteredBookmarkStorage(storage, copies, () -> clustered);

    @Test
    void inAClusterTheCopyHereIsRefreshedBeforeItIsRead() {
        clusteredStorage.read("bob");

        assertThat(calls).containsExactly("refresh here bob", "read bob");
    }

    @Test
    void inAClusterTheOtherNodesAreAskedToRefreshOnceTheBookmarksAreWritten() {
        clusteredStorage.write("bob", StorageBookmarks.empty());

        assertThat(calls).containsExactly("write bob", "refresh elsewhere bob");
    }

    @Test
    void aWriteThatFailsAsksNobodyToRefresh() {
        writeFailure = new IllegalStateException("database down");

        assertThatThrownBy(() -> clusteredStorage.write("bob", StorageBookmarks.empty())).isSameAs(writeFailure);
        assertThat(calls).isEmpty();
    }

    @Test
    void outsideAClusterCallsArePassedOnAlone() {
        clustered = false;

        clusteredStorage.read("bob");
        clusteredStorage.write("bob", StorageBookmarks.empty());

        assertThat(calls).containsExactly("read bob", "write bob");
    }
}
