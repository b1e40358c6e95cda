package org.svgroups.openfire.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.svgroups.core.bookmarks.BookmarkPlan;
import org.svgroups.core.bookmarks.GroupBookmark;
import org.svgroups.core.bookmarks.StoredConference;

class StorageBookmarksTest {

    private static Element storage(String entries) throws Exception {
        return DocumentHelper.parseText("<storage xmlns='storage:bookmarks'>" + entries + "</storage>").getRootElement();
    }

    @Test
    void readsConferenceEntriesThatHaveAnAddressInOrder() throws Exception {
        Element storage = storage("<url name='Site' url='https://example.org'/>"
                + "<conference jid='a@groups.example.org' name='A' autojoin='true'/>"
                + "<conference name='no address'/>"
                + "<conference jid='b@conference.example.org'><nick>me</nick></conference>");

        assertThat(StorageBookmarks.conferences(storage)).containsExactly(
                new StoredConference("a@groups.example.org", "A"), new StoredConference("b@conference.example.org", null));
    }

    @Test
    void appliesAPlanInPlaceKeepingEverythingElseAsTheClientWroteIt() throws Exception {
        Element storage = storage("<url name='Site' url='https://example.org'/>"
                + "<conference jid='old@groups.example.org' name='Old'/>"
                + "<conference jid='a@groups.example.org' name='A' autojoin='false'><nick>Al</nick>"
                + "<extensions><x xmlns='urn:example'/></extensions></conference>"
                + "<conference name='no address'/>"
                + "<conference jid='b@conference.example.org' autojoin='true'/>");

        StorageBookmarks.apply(storage, new BookmarkPlan(List.of(0), Map.of(1, "A renamed"),
                List.of(new GroupBookmark("new@groups.example.org", "New & <fresh>", "alice"))));

        assertThat(storage.asXML()).isEqualTo("<storage xmlns=\"storage:bookmarks\">"
                + "<url name=\"Site\" url=\"https://example.org\"/>"
                + "<conference jid=\"a@groups.example.org\" name=\"A renamed\" autojoin=\"false\"><nick>Al</nick>"
                + "<extensions><x xmlns=\"urn:example\"></x></extensions></conference>"
                + "<conference name=\"no address\"/>"
                + "<conference jid=\"b@conference.example.org\" autojoin=\"true\"/>"
                + "<conference jid=\"new@groups.example.org\" name=\"New &amp; &lt;fresh&gt;\" autojoin=\"true\">"
                + "<nick>alice</nick></conference></storage>");
    }

    @Test
    void anEmptyStorageIsTheBookmarksElement() {
        Element empty = StorageBookmarks.empty();

        assertThat(empty.getNamespaceURI()).isEqualTo("storage:bookmarks");
        assertThat(empty.getName()).isEqualTo("storage");
        assertThat(StorageBookmarks.conferences(empty)).isEmpty();
    }
}
