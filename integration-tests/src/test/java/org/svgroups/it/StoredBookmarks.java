package org.svgroups.it;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.jivesoftware.smackx.bookmarks.BookmarkedConference;
import org.jivesoftware.smackx.bookmarks.Bookmarks;
import org.jivesoftware.smackx.iqprivate.PrivateDataManager;
import org.jivesoftware.smackx.iqprivate.packet.PrivateData;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.SvGroupsClient;

/**
 * A user's XEP-0048 bookmarks as a standard client reads them: private XML ({@code jabber:iq:private}), which
 * Openfire serves from the same PEP node as {@code storage:bookmarks} over PEP. Read afresh each time (Smack's
 * BookmarkManager would keep its first answer). svgroups updates bookmarks on a thread of its own, so the awaits
 * look again until the bookmarks are as expected or the time is up.
 */
public final class StoredBookmarks {

    static final Duration WAIT = Duration.ofSeconds(15);

    private StoredBookmarks() {
    }

    public static Bookmarks of(SvGroupsClient user) throws Exception {
        Bookmarks bookmarks = (Bookmarks) PrivateDataManager.getInstanceFor(user.connection())
                .getPrivateData("storage", "storage:bookmarks");
        return bookmarks;
    }

    public static void store(SvGroupsClient user, PrivateData bookmarks) throws Exception {
        PrivateDataManager.getInstanceFor(user.connection()).setPrivateData(bookmarks);
    }

    /** The user's whole {@code storage:bookmarks}, written as a client would. */
    public static PrivateData raw(String entries) {
        return new PrivateData() {
            @Override
            public String getElementName() {
                return "storage";
            }

            @Override
            public String getNamespace() {
                return "storage:bookmarks";
            }

            @Override
            public CharSequence toXML() {
                return "<storage xmlns='storage:bookmarks'>" + entries + "</storage>";
            }
        };
    }

    public static Optional<BookmarkedConference> conference(SvGroupsClient user, EntityBareJid group) throws Exception {
        return of(user).getBookmarkedConferences().stream().filter(c -> c.getJid().equals(group)).findFirst();
    }

    /** The user's entry of the group once it satisfies {@code expected}; fails when it does not in time. */
    public static BookmarkedConference await(SvGroupsClient user, EntityBareJid group, Predicate<BookmarkedConference> expected)
            throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        Optional<BookmarkedConference> entry = conference(user, group).filter(expected);
        while (entry.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(user.user() + " has no bookmark of " + group + " as expected after " + WAIT
                        + "; bookmarks: " + describe(user));
            }
            Thread.sleep(100);
            entry = conference(user, group).filter(expected);
        }
        return entry.get();
    }

    public static BookmarkedConference await(SvGroupsClient user, EntityBareJid group) throws Exception {
        return await(user, group, c -> true);
    }

    /** Returns once the user has no entry of the group; fails when they still have one in time. */
    public static void awaitNone(SvGroupsClient user, EntityBareJid group) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (conference(user, group).isPresent()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(user.user() + " still has a bookmark of " + group + ": " + describe(user));
            }
            Thread.sleep(100);
        }
    }

    public static String describe(SvGroupsClient user) throws Exception {
        Bookmarks bookmarks = of(user);
        List<String> conferences = bookmarks.getBookmarkedConferences().stream()
                .map(c -> c.getJid() + " name=" + c.getName() + " autojoin=" + c.isAutoJoin() + " nick=" + c.getNickname())
                .toList();
        return conferences + " urls=" + bookmarks.getBookmarkedURLS().size();
    }
}
