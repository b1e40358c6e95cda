package org.svgroups.openfire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.openfire.muc.Affiliation;
import org.jivesoftware.openfire.muc.ConflictException;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.group.MembershipChanges;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.invitations.PendingInvitations;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.InviteLinkStore;
import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.links.JoinRequestStore;
import org.svgroups.core.people.People;
import org.svgroups.core.stats.InvitationCount;
import org.svgroups.core.stats.InvitationCountStore;
import org.svgroups.openfire.GroupService.Outcome;
import org.svgroups.openfire.admin.ConsoleBackend.GroupActionException;
import org.svgroups.openfire.admin.CachedGroupDirectory;
import org.svgroups.openfire.admin.GroupDetail;
import org.svgroups.openfire.admin.GroupDirectory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * What the admin console reads from and does to the running plugin's groups: the directory of all groups, one
 * group's room, its pending invitations, invite links and join requests, the invitation counts, and an admin's
 * removal of a member, revocation of a link or dissolution of a group, done under the room's lock as an owner would.
 */
public final class GroupAdministration {

    private final GroupService groups;
    private final CachedGroupDirectory directory;
    private final PendingInvitations pending;
    private final InvitationCountStore invitationCounts;
    private final People people;
    private final MembershipChanges changes;
    private final InviteLinkStore links;
    private final JoinRequestStore requests;

    GroupAdministration(GroupService groups, CachedGroupDirectory directory, PendingInvitations pending,
                        InvitationCountStore invitationCounts, People people, MembershipChanges changes,
                        InviteLinkStore links, JoinRequestStore requests) {
        this.groups = groups;
        this.directory = directory;
        this.pending = pending;
        this.invitationCounts = invitationCounts;
        this.people = people;
        this.changes = changes;
        this.links = links;
        this.requests = requests;
    }

    public GroupDirectory directory() {
        return directory;
    }

    /** The group as its room is now, loading the room when it is not in memory. */
    public Optional<GroupDetail> group(String name) {
        MUCRoom room;
        try {
            room = groups.room(name);
        } catch (IllegalArgumentException e) {
            // Not a valid room name (Openfire builds a JID from it).
            return Optional.empty();
        }
        if (room == null) {
            return Optional.empty();
        }
        List<GroupDetail.Person> people = new ArrayList<>();
        add(people, room.getOwners(), Affiliation.owner);
        add(people, room.getAdmins(), Affiliation.admin);
        add(people, room.getMembers(), Affiliation.member);
        String displayName = room.getNaturalLanguageName() == null || room.getNaturalLanguageName().isBlank()
                ? room.getName() : room.getNaturalLanguageName();
        return Optional.of(new GroupDetail(room.getName(), room.getJID().toBareJID(), displayName, room.getDescription(),
                room.getCreationDate().toInstant(), people));
    }

    private static void add(List<GroupDetail.Person> people, Collection<JID> jids, Affiliation affiliation) {
        jids.forEach(jid -> people.add(new GroupDetail.Person(jid.toBareJID(), affiliation.name())));
    }

    /** The groups a user (a bare JID) belongs to, by name. */
    public List<UserGroup> groupsOf(String user) {
        return groups.groupsOf(new JID(user), directory);
    }

    public List<PendingInvitation> pendingInvitations(String groupJid) {
        return pending.forGroup(groupJid);
    }

    public List<InviteLink> inviteLinks(String groupJid) {
        return links.ofGroup(groupJid);
    }

    public List<JoinRequest> joinRequests(String groupJid) {
        return requests.ofGroup(groupJid);
    }

    public void revokeLink(String groupJid, String id) throws GroupActionException {
        if (!links.revoke(groupJid, id)) {
            throw new GroupActionException("svgroups.group.links.error.not-found");
        }
    }

    public List<InvitationCount> invitationCounts(LocalDate from, LocalDate to) {
        return invitationCounts.between(from, to);
    }

    public Optional<LocalDate> birthdate(String bareJid) {
        return people.birthdate(bareJid);
    }

    /** Takes someone out of the group; Openfire tells the room and stores the change. */
    public void removeMember(String group, String member) throws GroupActionException {
        JID jid = new JID(member);
        String failure = groups.withRoom(group, "svgroups.group.error.gone", room -> {
            Affiliation affiliation = room.getAffiliation(jid);
            if (!GroupService.isPartOf(affiliation)) {
                return new Outcome<>("svgroups.group.error.not-in-group", false);
            }
            List<Presence> presences;
            try {
                presences = room.addNone(jid, Affiliation.owner);
            } catch (ConflictException e) {
                return new Outcome<>("svgroups.group.error.last-owner", false);
            } catch (ForbiddenException e) {
                throw new IllegalStateException("Openfire refused the owner affiliation a removal from " + room.getJID(), e);
            }
            presences.forEach(presence -> room.send(presence, room.getSelfRepresentation()));
            return new Outcome<String>(null, true);
        });
        if (failure != null) {
            throw new GroupActionException(failure);
        }
        directory.forget();
        changes.membersChanged(groups.groupJid(group), List.of(jid.toBareJID()));
    }

    /** Dissolves the group: its occupants are told (with the reason), the room goes, and with it its invitations. */
    public void dissolve(String group, String reason) throws GroupActionException {
        boolean done = groups.withRoom(group, false, room -> {
            room.destroyRoom(null, reason);
            return new Outcome<>(true, true);
        });
        if (!done) {
            throw new GroupActionException("svgroups.group.error.gone");
        }
    }
}
