package org.svgroups.openfire.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.TransparencyReport;
import org.svgroups.core.share.ShareCount;
import org.svgroups.core.stats.InvitationCount;

/**
 * Openfire and the running plugin as the console pages see them, in maps: groups (as rooms and as directory
 * rows), birthdates, pending invitations, invitation and share counts; every action and audit event recorded.
 * Messages are their key and arguments, so that tests see which one was chosen.
 */
final class FakeConsoleBackend extends RecordingConsole implements ConsoleBackend, GroupDirectory {

    static final String SERVICE = "groups.example.org";

    final Map<String, GroupDetail> rooms = new LinkedHashMap<>();
    final List<GroupRow> rows = new ArrayList<>();
    final Map<String, LocalDate> birthdates = new HashMap<>();
    final List<PendingInvitation> pending = new ArrayList<>();
    final List<InviteLink> links = new ArrayList<>();
    final List<JoinRequest> requests = new ArrayList<>();
    final List<InvitationCount> invitationCounts = new ArrayList<>();
    final List<ShareCount> shareCounts = new ArrayList<>();
    final List<String> actions = new ArrayList<>();
    GroupSettings settings = FixedGroupSettings.defaults();
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    NotifyStats notifyStats = new NotifyStats(0, 0, 0, 0, null, null);
    boolean notifying;

    /** Adds a group with its people ({@code owner:alice}, {@code member:bob}...), created at {@code created}. */
    FakeConsoleBackend group(String name, String created, String... people) {
        List<GroupDetail.Person> persons = new ArrayList<>();
        for (String person : people) {
            String[] parts = person.split(":");
            persons.add(new GroupDetail.Person(parts[1] + "@example.org", parts[0]));
        }
        String jid = name + "@" + SERVICE;
        rooms.put(name, new GroupDetail(name, jid, name, null, Instant.parse(created), persons));
        rows.add(new GroupRow(name, jid, name, persons.stream().filter(p -> p.affiliation().equals("owner"))
                .map(GroupDetail.Person::jid).sorted().findFirst().orElse(null), persons.size(), Instant.parse(created),
                null, 0));
        return this;
    }

    @Override
    public GroupDirectory directory() {
        return this;
    }

    @Override
    public List<GroupRow> groups() {
        return List.copyOf(rows);
    }

    @Override
    public Set<String> groupsOf(String bareJid) {
        return rooms.values().stream().filter(g -> g.people().stream().anyMatch(p -> p.jid().equals(bareJid)))
                .map(GroupDetail::name).collect(Collectors.toSet());
    }

    @Override
    public Map<String, Set<String>> memberships() {
        return rooms.values().stream().collect(Collectors.toMap(GroupDetail::jid,
                g -> g.people().stream().map(GroupDetail.Person::jid).collect(Collectors.toSet())));
    }

    @Override
    public Set<String> groupsWithMember(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return rooms.values().stream().filter(g -> g.people().stream().anyMatch(p -> p.jid().contains(lower)))
                .map(GroupDetail::name).collect(Collectors.toSet());
    }

    @Override
    public List<ItemShares> sharesOf(String groupJid, LocalDate from) {
        return shareCounts.stream().filter(c -> c.group().equals(groupJid) && !c.day().isBefore(from))
                .map(c -> new ItemShares(c.day(), c.kind(), c.itemId(), c.shares()))
                .sorted(Comparator.comparing(ItemShares::day).reversed()).toList();
    }

    @Override
    public SortedMap<LocalDate, Long> sharesPerDay(LocalDate from, LocalDate to) {
        return shareCounts.stream().filter(c -> !c.day().isBefore(from) && !c.day().isAfter(to))
                .collect(Collectors.groupingBy(ShareCount::day, TreeMap::new, Collectors.summingLong(ShareCount::shares)));
    }

    @Override
    public List<ItemShares> mostShared(LocalDate from, LocalDate to, int limit) {
        Map<String, ItemShares> items = new LinkedHashMap<>();
        for (ShareCount c : shareCounts) {
            if (!c.day().isBefore(from) && !c.day().isAfter(to)) {
                items.merge(c.kind() + "/" + c.itemId(), new ItemShares(null, c.kind(), c.itemId(), c.shares()),
                        (a, b) -> new ItemShares(null, a.kind(), a.itemId(), a.shares() + b.shares()));
            }
        }
        return items.values().stream().sorted(Comparator.comparing(ItemShares::shares).reversed()).limit(limit).toList();
    }

    @Override
    public Optional<GroupDetail> group(String name) {
        return Optional.ofNullable(rooms.get(name));
    }

    @Override
    public List<PendingInvitation> pendingInvitations(String groupJid) {
        return pending.stream().filter(i -> i.group().equals(groupJid)).toList();
    }

    /** Reports and actions by day. */
    final Map<LocalDate, Map<ReportReason, Integer>> reportsByDay = new HashMap<>();

    @Override
    public TransparencyReport transparency(LocalDate from, LocalDate to) {
        Map<ReportReason, Integer> reports = new EnumMap<>(ReportReason.class);
        reportsByDay.forEach((day, counts) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                counts.forEach((reason, n) -> reports.merge(reason, n, Integer::sum));
            }
        });
        return new TransparencyReport(from, to, reports, Map.of());
    }

    @Override
    public List<InviteLink> inviteLinks(String groupJid) {
        return links.stream().filter(l -> l.group().equals(groupJid)).toList();
    }

    @Override
    public List<JoinRequest> joinRequests(String groupJid) {
        return requests.stream().filter(r -> r.group().equals(groupJid)).toList();
    }

    /** As the store: revoking marks the link revoked; an unknown id is refused. */
    @Override
    public void revokeLink(String groupJid, String id) throws GroupActionException {
        for (int i = 0; i < links.size(); i++) {
            InviteLink link = links.get(i);
            if (link.group().equals(groupJid) && link.id().equals(id)) {
                links.set(i, new InviteLink(link.id(), link.group(), link.creator(), link.created(), link.expires(),
                        link.maxUses(), link.uses(), true));
                actions.add("revoke " + id + " of " + groupJid);
                return;
            }
        }
        throw new GroupActionException("svgroups.group.links.error.not-found");
    }

    @Override
    public List<InvitationCount> invitationCounts(LocalDate from, LocalDate to) {
        return invitationCounts.stream().filter(c -> !c.day().isBefore(from) && !c.day().isAfter(to)).toList();
    }

    @Override
    public Optional<LocalDate> birthdate(String bareJid) {
        return Optional.ofNullable(birthdates.get(bareJid));
    }

    /** As Openfire: someone not in the group, or the last owner, cannot be removed. */
    @Override
    public void removeMember(String group, String member) throws GroupActionException {
        GroupDetail room = rooms.get(group);
        if (room == null) {
            throw new GroupActionException("svgroups.group.error.gone");
        }
        Optional<GroupDetail.Person> person = room.people().stream().filter(p -> p.jid().equals(member)).findFirst();
        if (person.isEmpty()) {
            throw new GroupActionException("svgroups.group.error.not-in-group");
        }
        if (person.get().affiliation().equals("owner")
                && room.people().stream().filter(p -> p.affiliation().equals("owner")).count() == 1) {
            throw new GroupActionException("svgroups.group.error.last-owner");
        }
        actions.add("remove " + member + " from " + group);
        rooms.put(group, new GroupDetail(room.name(), room.jid(), room.displayName(), room.description(), room.created(),
                room.people().stream().filter(p -> !p.jid().equals(member)).toList()));
    }

    @Override
    public void dissolve(String group, String reason) throws GroupActionException {
        if (rooms.remove(group) == null) {
            throw new GroupActionException("svgroups.group.error.gone");
        }
        actions.add("dissolve " + group + " (" + reason + ")");
    }

    @Override
    public GroupSettings settings() {
        return settings;
    }

    @Override
    public NotifyStats notifyStats() {
        return notifyStats;
    }

    @Override
    public boolean notifying() {
        return notifying;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public String formatDateTime(Instant instant) {
        return instant.toString();
    }
}
