package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.it.StoredBookmarks.await;
import static org.svgroups.it.StoredBookmarks.awaitNone;
import static org.svgroups.it.StoredBookmarks.raw;

import java.util.List;

import org.jivesoftware.smackx.bookmarks.BookmarkedConference;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.it.server.OpenfireInstance;

/**
 * Every member's XEP-0048 bookmarks list the groups they belong to (name, their nickname, autojoin), as standard
 * apps read them, on every path that makes someone a member, and lose them on every path that ends it; the user's
 * own bookmarks stay as they left them; loading the plugin reconciles them.
 */
@ExtendWith(RealOpenfire.class)
class BookmarksIT {

    private static final String MINOR = RealOpenfire.MINOR;

    @Test
    void theCreatorAndInvitedAdultsFindTheGroupInTheirBookmarks() throws Exception {
        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient carol = Users.connect("carol")) {
            EntityBareJid group = alice.createGroup("Dance crew", List.of("bob", "carol")).jid();

            for (SvGroupsClient member : List.of(alice, bob, carol)) {
                BookmarkedConference entry = await(member, group);
                assertThat(entry.getName()).isEqualTo("Dance crew");
                assertThat(entry.isAutoJoin()).isTrue();
                assertThat(entry.getNickname()).hasToString(member.user().getLocalpart().toString());
            }
        }
    }

    @Test
    void everyPathThatAddsAnAdultBookmarksTheGroupForThem() throws Exception {
        try (SvGroupsClient dave = Users.connect("dave"); SvGroupsClient bob = Users.connect("bob")) {
            for (AddPath path : AddPath.values()) {
                EntityBareJid group = dave.createGroup("Added by " + path, List.of()).jid();

                path.add(dave, group, "bob");

                assertThat(await(bob, group).getName()).as(path.name()).isEqualTo("Added by " + path);
            }
        }
    }

    @Test
    void aMinorHasTheGroupBookmarkedOnlyOnceSheAcceptsByJoiningOrByAccept() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient tess = Users.connect(MINOR)) {
            EntityBareJid joined = carol.createGroup("Joined by tess", List.of()).jid();
            EntityBareJid accepted = carol.createGroup("Accepted by tess", List.of()).jid();
            carol.invite(joined, MINOR, "come");
            carol.inviteDirect(accepted, MINOR, "come");
            // A later change of carol's shows that svgroups has caught up; tess's invitations are pending by then.
            EntityBareJid marker = carol.createGroup("Marker", List.of()).jid();
            await(carol, marker);
            assertThat(StoredBookmarks.conference(tess, joined)).as("pending: not a member yet").isEmpty();
            assertThat(StoredBookmarks.conference(tess, accepted)).as("pending: not a member yet").isEmpty();

            tess.join(joined);
            tess.accept(accepted);

            await(tess, joined);
            await(tess, accepted);
        }
    }

    @Test
    void leavingRemovalOutcastAndDissolutionTakeTheBookmarkAway(OpenfireInstance server) throws Exception {
        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient bob = Users.connect("bob");
             SvGroupsClient carol = Users.connect("carol"); SvGroupsClient dave = Users.connect("dave")) {
            // dave creates the groups here: every creator has a daily allowance, which the suite shares.
            EntityBareJid group = dave.createGroup("Shrinking", List.of("alice", "bob", "carol")).jid();
            for (SvGroupsClient member : List.of(alice, bob, carol, dave)) {
                await(member, group);
            }

            bob.leave(group);
            awaitNone(bob, group);

            MultiUserChat room = AddPath.room(dave, group);
            room.revokeMembership(Members.bareJid("carol"));
            awaitNone(carol, group);

            room.banUser(Members.bareJid("alice"), "no longer welcome");
            awaitNone(alice, group);

            EntityBareJid other = dave.createGroup("Dissolved", List.of("bob")).jid();
            await(bob, other);
            AddPath.room(dave, other).destroy("the end", null);
            awaitNone(bob, other);
            awaitNone(dave, other);
            await(dave, group);
        }
    }

    @Test
    void aRenameRenamesEveryMembersBookmark() throws Exception {
        try (SvGroupsClient dave = Users.connect("dave"); SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = dave.createGroup("Old name", List.of("bob")).jid();
            await(bob, group);

            MultiUserChat room = AddPath.room(dave, group);
            FillableForm form = room.getConfigurationForm().getFillableForm();
            form.setAnswer("muc#roomconfig_roomname", "New name");
            room.sendConfigurationForm(form);

            await(bob, group, entry -> "New name".equals(entry.getName()));
            await(dave, group, entry -> "New name".equals(entry.getName()));
        }
    }

    @Test
    void theUsersOwnBookmarksAndTheirSettingsOnAGroupAreKept() throws Exception {
        try (SvGroupsClient dave = Users.connect("dave"); SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = dave.createGroup("Muted by bob", List.of("bob")).jid();
            await(bob, group);
            StoredBookmarks.store(bob, raw("<url name='Docs' url='https://example.org/docs'/>"
                    + "<conference jid='chess@conference." + RealOpenfire.DOMAIN + "' name='Chess' autojoin='true'/>"
                    + "<conference jid='" + group + "' name='Muted by bob' autojoin='false'><nick>Bobby</nick></conference>"));

            EntityBareJid another = dave.createGroup("Another", List.of("bob")).jid();
            await(bob, another);

            BookmarkedConference muted = await(bob, group);
            assertThat(muted.isAutoJoin()).as("bob's own choice").isFalse();
            assertThat(muted.getNickname()).hasToString("Bobby");
            assertThat(StoredBookmarks.of(bob).getBookmarkedConferences()).extracting(c -> c.getJid().toString())
                    .contains("chess@conference." + RealOpenfire.DOMAIN);
            assertThat(StoredBookmarks.of(bob).getBookmarkedURLS()).extracting(u -> u.getURL())
                    .containsExactly("https://example.org/docs");
        }
    }

    @Test
    void loadingThePluginAddsMissingBookmarksAndRemovesStaleOnes(OpenfireInstance server) throws Exception {
        EntityBareJid group;
        EntityBareJid stale;
        try (SvGroupsClient dave = Users.connect("dave"); SvGroupsClient carol = Users.connect("carol")) {
            group = dave.createGroup("Reconciled", List.of("carol")).jid();
            stale = dave.createGroup("Carol is not in this one", List.of()).jid();
            await(carol, group);
            // What a client, or the plugin being away, may leave behind: the group's entry gone, a stranger's group listed.
            StoredBookmarks.store(carol, raw("<conference jid='" + stale + "' name='Not mine' autojoin='true'/>"));
        }

        server.reloadPlugin();

        try (SvGroupsClient carol = Users.connect("carol")) {
            await(carol, group);
            awaitNone(carol, stale);
        }
    }
}
