package org.svgroups.it.webclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jivesoftware.smackx.bookmarks.BookmarkManager;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.it.RealOpenfire;
import org.svgroups.it.Users;
import org.svgroups.it.webclient.Converse.Listed;

/**
 * A member finds their groups in Converse.js, a web client this project did not write, without being told about
 * them: the plugin keeps each member's XEP-0048 bookmarks (the PEP node {@code storage:bookmarks}, which is also
 * what XEP-0049 private storage reads and writes on Openfire), and Converse lists and joins what it finds there.
 */
@WebClient
class WebClientBookmarksIT {

    @Test
    void aMemberOpeningConverseForTheFirstTimeFindsTheGroupListedAndJoined(ConversePage page) throws Exception {
        String group;
        try (SvGroupsClient alice = Users.connect("alice")) {
            group = alice.createGroup("Skate park crew", List.of("bob")).jid().toString();
        }

        try (Converse bob = Converse.open(page, "bob")) {
            assertThat(bob.awaitListed(group)).as("the groupchats Converse lists for bob, who was only added to the group")
                    .contains(new Listed(group, "Skate park crew"));
            bob.awaitEntered(group);
            bob.screenshot("webclient-groups");
            assertThat(bob.bookmark(group)).as("Converse's bookmark of the group")
                    .hasValueSatisfying(bookmark -> assertThat(bookmark)
                            .containsEntry("name", "Skate park crew").containsEntry("autojoin", true));
        }
    }

    /**
     * Converse takes a bookmark push (a PEP event of {@code storage:bookmarks}) only from a message of type
     * {@code headline}, the type XEP-0060 services usually give notifications; Openfire 5.1.1 sends PEP notifications
     * with no type, and svgroups makes its bookmark notifications headlines on their way out.
     */
    @Test
    void aMemberWithConverseOpenSeesTheGroupAppearWhenAdded(ConversePage page) throws Exception {
        String member = RealOpenfire.numbered(1);
        try (Converse converse = Converse.open(page, member); SvGroupsClient alice = Users.connect("alice")) {
            converse.awaitBookmarks();
            String group = alice.createGroup("Open mic", List.of(member)).jid().toString();

            assertThat(converse.awaitListed(group)).as("the groupchats Converse lists for %s, open while added", member)
                    .contains(new Listed(group, "Open mic"));
            converse.awaitEntered(group);
        }
    }

    @Test
    void aMembersOwnBookmarksStayBesideTheGroup(ConversePage page) throws Exception {
        String bookClub = "book-club@conference." + RealOpenfire.DOMAIN;
        try (SvGroupsClient dave = Users.connect("dave")) {
            // Saved by another client through XEP-0049 private storage, before dave is in any group.
            BookmarkManager.getBookmarkManager(dave.connection()).addBookmarkedConference("Book club",
                    JidCreate.entityBareFrom(bookClub), false, Resourcepart.from("dave"), null);
        }
        String group;
        try (SvGroupsClient alice = Users.connect("alice")) {
            group = alice.createGroup("Climbing wall", List.of("dave")).jid().toString();
        }

        try (Converse dave = Converse.open(page, "dave")) {
            List<Listed> bookmarks = dave.bookmarksDialog();
            dave.screenshot("webclient-bookmarks");

            assertThat(bookmarks).as("the bookmarks Converse shows dave")
                    .contains(new Listed(bookClub, "Book club"), new Listed(group, "Climbing wall"));
            assertThat(dave.awaitListed(group)).as("the groupchats Converse has open for dave")
                    .contains(new Listed(group, "Climbing wall"))
                    .extracting(Listed::jid).doesNotContain(bookClub);
        }
    }
}
