package org.svgroups.openfire;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jivesoftware.openfire.muc.Affiliation;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.jivesoftware.openfire.muc.HistoryStrategy;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.muc.NotAllowedException;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.jivesoftware.util.AlreadyExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.Membership;
import org.svgroups.openfire.admin.GroupDirectory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * The MUC service whose rooms are groups: creating it, giving new rooms the group profile by default, putting a
 * room back into the profile, and reading a room's membership. Every room change happens under Openfire's room
 * lock and is synced, so that other cluster nodes see it.
 */
final class GroupService {

    private static final Logger Log = LoggerFactory.getLogger(GroupService.class);

    /**
     * Service-level room defaults (read by Openfire's room constructor): a room is a group from its first moment.
     * Registration stays off, as a registered user becomes a member without anyone inviting them. Openfire's own
     * conversation log stays off: svgroups archives the groups itself, and nothing is stored twice.
     */
    private static final Map<String, String> ROOM_DEFAULTS = Map.of(
            "room.persistent", "true",
            "room.membersOnly", "true",
            "room.publicRoom", "false",
            "room.canAnyoneDiscoverJID", "true",
            "room.registrationEnabled", "false",
            "room.maxUsers", "0",
            "room.logEnabled", "false");

    private final MultiUserChatService service;
    private final GroupSettings settings;
    private final String domain;

    GroupService(MultiUserChatService service, GroupSettings settings) {
        this.service = service;
        this.settings = settings;
        // Read once: Openfire computes it from a system property, under a lock, at each call.
        this.domain = service.getServiceDomain();
    }

    /** Finds the service on {@code subdomain}, creating it if absent, and makes its room defaults the group profile. */
    static GroupService open(MultiUserChatManager manager, String subdomain, GroupSettings settings) {
        MultiUserChatService service = manager.getMultiUserChatService(subdomain);
        if (service == null) {
            try {
                service = manager.createMultiUserChatService(subdomain, "Short-video groups", false);
                Log.info("Created MUC service '{}' for svgroups.", subdomain);
            } catch (AlreadyExistsException e) {
                // Another cluster node created it between our lookup and our create.
                service = manager.getMultiUserChatService(subdomain);
            }
        }
        ROOM_DEFAULTS.forEach((name, value) -> MUCPersistenceManager.setProperty(subdomain, name, value));
        // No XEP-0045 discussion history on joining: it would show a late joiner what was said before they were a
        // member. The archive serves each member what they may read instead.
        service.getHistoryStrategy().setType(HistoryStrategy.Type.none);
        return new GroupService(service, settings);
    }

    MultiUserChatService service() {
        return service;
    }

    /** The domain of the service, for example {@code groups.example.org}. */
    String domain() {
        return domain;
    }

    /** Puts every group the service knows, loaded or not, back into the group profile. */
    void applyProfileToAllGroups() {
        Set<String> names = service.getAllRoomNames();
        names.forEach(this::applyProfile);
        Log.info("svgroups: checked the group profile of {} rooms on {}.", names.size(), domain());
    }

    /**
     * Puts one room into the group profile; occupants who are not members are kicked out as XEP-0045 prescribes
     * when a room becomes members-only.
     */
    void applyProfile(String roomName) {
        withRoom(roomName, null, room -> {
            List<Presence> kicked = new ArrayList<>();
            boolean changed = false;
            if (!room.isPersistent()) {
                room.setPersistent(true);
                changed = true;
            }
            if (room.isPublicRoom()) {
                room.setPublicRoom(false);
                changed = true;
            }
            if (!room.canAnyoneDiscoverJID()) {
                room.setCanAnyoneDiscoverJID(true);
                changed = true;
            }
            if (room.isPasswordProtected()) {
                room.setPassword(null);
                changed = true;
            }
            if (room.isRegistrationEnabled()) {
                room.setRegistrationEnabled(false);
                changed = true;
            }
            if (room.isLogEnabled()) {
                room.setLogEnabled(false);
                changed = true;
            }
            if (room.getMaxUsers() != 0 && room.getMaxUsers() < settings.memberCap()) {
                room.setMaxUsers(0);
                changed = true;
            }
            if (!room.isMembersOnly()) {
                try {
                    kicked.addAll(room.setMembersOnly(true, Affiliation.owner, null));
                } catch (ForbiddenException | NotAllowedException e) {
                    // The owner affiliation is always allowed to do this; a failure here is a bug worth seeing.
                    throw new IllegalStateException("Could not make " + room.getJID() + " members-only", e);
                }
                changed = true;
            }
            // An instant room (an empty configuration form) is never saved by Openfire until its configuration
            // changes: save it now, so that its members are stored from the start and the console lists it.
            boolean saved = false;
            if (changed || (room.isPersistent() && !room.wasSavedToDB())) {
                room.saveToDB();
                saved = true;
                Log.info("svgroups: put {} back into the group profile.", room.getJID());
            }
            for (Presence presence : kicked) {
                room.send(presence, room.getSelfRepresentation());
            }
            // Saved is a change too: in a cluster, a copy that does not know it was saved inserts the room again
            // (and fails), losing what its configuration form set.
            return new Outcome<Void>(null, changed || saved);
        });
    }

    /** Owners, admins and members of a room, as bare JIDs. */
    static Membership membership(MUCRoom room) {
        return Membership.of(bare(room.getOwners()), bare(room.getAdmins()), bare(room.getMembers()));
    }

    /** Whether an affiliation makes someone part of a group: owner, admin or member. */
    static boolean isPartOf(Affiliation affiliation) {
        return affiliation == Affiliation.owner || affiliation == Affiliation.admin || affiliation == Affiliation.member;
    }

    /** Everyone who is part of the group (a bare JID) now; none when it does not exist. Read-only, no lock taken. */
    Set<String> membersOf(String group) {
        MUCRoom room = room(new JID(group).getNode());
        return room == null ? Set.of() : membership(room).all();
    }

    /** The bare JID of the group of that room name. */
    String groupJid(String roomName) {
        return new JID(roomName, domain, null).toBareJID();
    }

    /** The room, or null when no room of that name exists. Read-only use: no lock taken. */
    MUCRoom room(String roomName) {
        return service.getChatRoom(roomName);
    }

    /**
     * Waits until no other thread holds the room's lock: Openfire holds it while it handles a stanza to the room,
     * until it has told the listeners, so that what they note of a message seen delivered is noted after this.
     */
    void awaitRoomLock(String roomName) {
        Lock lock = service.getChatRoomLock(roomName);
        lock.lock();
        lock.unlock();
    }

    /**
     * Runs a change on a room under its lock, syncing the room to the cluster when the change reports that it
     * changed something.
     *
     * @return what the change returned, or {@code whenAbsent} when there is no such room
     */
    <T> T withRoom(String roomName, T whenAbsent, Function<MUCRoom, Outcome<T>> change) {
        Lock lock = service.getChatRoomLock(roomName);
        lock.lock();
        try {
            MUCRoom room = service.getChatRoom(roomName);
            if (room == null) {
                return whenAbsent;
            }
            Outcome<T> outcome = change.apply(room);
            if (outcome.changed()) {
                service.syncChatRoom(room);
            }
            return outcome.value();
        } finally {
            lock.unlock();
        }
    }

    /** The result of a room change, and whether it changed the room. */
    record Outcome<T>(T value, boolean changed) {
    }

    private static Set<String> bare(Collection<JID> jids) {
        return jids.stream().map(JID::toBareJID).collect(Collectors.toSet());
    }

    /**
     * The groups the user is owner, admin or member of, by name, with the user's affiliation and the member count:
     * the database says which (without loading every room), the rooms say how, as they are now.
     */
    List<UserGroup> groupsOf(JID user, GroupDirectory directory) {
        return groupsOf(user, directory.groupsOf(user.toBareJID()));
    }

    /** Of the named groups, those the user is owner, admin or member of, as the rooms say now. */
    List<UserGroup> groupsOf(JID user, Collection<String> roomNames) {
        List<UserGroup> groups = new ArrayList<>();
        for (String name : roomNames) {
            MUCRoom room = service.getChatRoom(name);
            Affiliation affiliation = room == null ? null : room.getAffiliation(user);
            if (isPartOf(affiliation)) {
                groups.add(new UserGroup(room.getJID().toBareJID(), room.getNaturalLanguageName(), affiliation.name(),
                        membership(room).size()));
            }
        }
        groups.sort(Comparator.comparing(UserGroup::name, String.CASE_INSENSITIVE_ORDER));
        return groups;
    }
}
