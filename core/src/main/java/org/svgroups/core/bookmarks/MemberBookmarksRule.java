package org.svgroups.core.bookmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A member's bookmarks list every group they belong to, once, under the group's current name, and no other room
 * of the group service (every room there is a group, and one they are not in would only refuse them). Entries of
 * other services, and whatever the user set on a group's entry (autojoin, nickname, extensions), stay as the user
 * left them.
 */
public final class MemberBookmarksRule {

    private final String serviceDomain;

    /** @param serviceDomain the group service's domain, for example {@code groups.example.org} */
    public MemberBookmarksRule(String serviceDomain) {
        this.serviceDomain = Objects.requireNonNull(serviceDomain, "serviceDomain").toLowerCase(Locale.ROOT);
    }

    /**
     * @param stored the user's conference bookmarks, in storage order
     * @param groups the groups the user belongs to
     */
    public BookmarkPlan plan(List<StoredConference> stored, List<GroupBookmark> groups) {
        Map<String, GroupBookmark> wanted = new LinkedHashMap<>();
        for (GroupBookmark group : groups) {
            wanted.putIfAbsent(key(group.group()), group);
        }
        Set<String> kept = new HashSet<>();
        List<Integer> remove = new ArrayList<>();
        Map<Integer, String> rename = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            StoredConference entry = stored.get(i);
            String key = key(entry.jid());
            if (!isGroup(key)) {
                continue;
            }
            GroupBookmark group = wanted.get(key);
            if (group == null || !kept.add(key)) {
                remove.add(i);
            } else if (!group.name().equals(entry.name())) {
                rename.put(i, group.name());
            }
        }
        List<GroupBookmark> add = new ArrayList<>();
        wanted.forEach((key, group) -> {
            if (!kept.contains(key)) {
                add.add(group);
            }
        });
        return new BookmarkPlan(remove, rename, add);
    }

    /** Whether a bookmarked room's bare JID is on the group service. */
    public boolean isGroup(String jid) {
        String key = key(jid);
        int at = key.indexOf('@');
        return at > 0 && key.substring(at + 1).equals(serviceDomain);
    }

    /** JIDs compare without case, as the group service's room names and domain are normalised. */
    private static String key(String jid) {
        return jid.strip().toLowerCase(Locale.ROOT);
    }
}
