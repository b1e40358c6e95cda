package org.svgroups.openfire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.bookmarks.GroupBookmark;
import org.svgroups.openfire.admin.GroupDirectory;
import org.svgroups.openfire.bookmarks.Memberships;
import org.xmpp.packet.JID;

/** Who belongs to which group, read from the group service's rooms and, for everyone at once, from the database. */
final class ServiceMemberships implements Memberships {

    private final GroupService groups;
    private final GroupDirectory directory;

    ServiceMemberships(GroupService groups, GroupDirectory directory) {
        this.groups = groups;
        this.directory = directory;
    }

    @Override
    public List<GroupBookmark> bookmarksOf(String user) {
        JID jid = new JID(user);
        return bookmarks(jid, groups.groupsOf(jid, directory));
    }

    @Override
    public List<GroupBookmark> bookmarksOf(String user, Set<String> candidates) {
        JID jid = new JID(user);
        return bookmarks(jid, groups.groupsOf(jid, candidates.stream().map(group -> new JID(group).getNode()).toList()));
    }

    /** Named as the group is named; joining with the nickname reserved in the group, or else the user's name. */
    private List<GroupBookmark> bookmarks(JID jid, List<UserGroup> userGroups) {
        List<GroupBookmark> bookmarks = new ArrayList<>();
        for (UserGroup group : userGroups) {
            MUCRoom room = groups.room(new JID(group.jid()).getNode());
            if (room == null) {
                continue;
            }
            String name = group.name() == null || group.name().isBlank() ? room.getName() : group.name();
            String nick = room.getReservedNickname(jid);
            bookmarks.add(new GroupBookmark(group.jid(), name, nick == null || nick.isBlank() ? jid.getNode() : nick));
        }
        return bookmarks;
    }

    @Override
    public Set<String> membersOf(String group) {
        return groups.membersOf(group);
    }

    @Override
    public Map<String, Set<String>> groupsByUser() {
        Map<String, Set<String>> byUser = new HashMap<>();
        directory.memberships().forEach((group, members) ->
                members.forEach(member -> byUser.computeIfAbsent(member, m -> new HashSet<>()).add(group)));
        return byUser;
    }
}
