package org.svgroups.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.muc.MucConfigFormManager;
import org.jivesoftware.smackx.muc.MultiUserChatException.MissingMucCreationAcknowledgeException;
import org.jivesoftware.smackx.muc.packet.MUCOwner;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.packet.GroupsIq;
import org.svgroups.client.packet.LeaveIq;
import org.svgroups.client.provider.SvGroupsProviders;

/**
 * The groups this user belongs to: creating one, listing them, leaving one for good. One instance per connection.
 */
public final class GroupDirectory extends Manager {

    private static final Map<XMPPConnection, GroupDirectory> INSTANCES = new WeakHashMap<>();

    /** Creating a new group retries with a fresh id if the service says the room already existed. */
    private static final int CREATE_ATTEMPTS = 3;

    /** The XEP-0045 room configuration field holding a group's human name. */
    private static final String ROOM_NAME_FIELD = "muc#roomconfig_roomname";

    /** The XEP-0045 room configuration field holding a group's description. */
    private static final String ROOM_DESCRIPTION_FIELD = "muc#roomconfig_roomdesc";

    static {
        SvGroupsProviders.register();
    }

    private final GroupService groupService;
    private final GroupChat chat;
    private final GroupRooms rooms;
    private final GroupInvitations invitations;

    private GroupDirectory(XMPPConnection connection) {
        super(connection);
        groupService = GroupService.getInstanceFor(connection);
        chat = GroupChat.getInstanceFor(connection);
        rooms = GroupRooms.getInstanceFor(connection);
        invitations = GroupInvitations.getInstanceFor(connection);
    }

    /**
     * Returns the group directory of a connection, creating it on first use.
     *
     * @param connection an XMPP connection; it must be logged in before any group operation.
     * @return the connection's instance.
     */
    public static synchronized GroupDirectory getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, GroupDirectory::new);
    }

    /**
     * Creates a group and invites its first members; same as {@link #createGroup(String, String, Collection)}
     * without a description.
     */
    public Group createGroup(String name, Collection<? extends CharSequence> members) throws SvGroupsException {
        return createGroup(name, null, members);
    }

    /**
     * Creates a group: a new room with a random id, configured with only its name (and description; the server
     * fixes the privacy profile), then invites each member. The creator is its owner and stays in the room.
     *
     * @param name the group's human name.
     * @param description an optional description, or {@code null}.
     * @param members usernames or bare JIDs to invite; may be empty.
     * @return the new group.
     * @throws SvGroupsException.Refused if the server refuses the room, its configuration or an invitation; in the
     *         last case the group exists and {@link SvGroupsException.Refused#getGroup()} names it.
     * @throws SvGroupsException on any other failure.
     */
    public Group createGroup(String name, String description, Collection<? extends CharSequence> members)
            throws SvGroupsException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a group needs a name");
        }
        // Resolve every member before creating anything, so a typo does not leave an empty group behind.
        List<EntityBareJid> invitees = new ArrayList<>();
        for (CharSequence member : members) {
            invitees.add(groupService.userJid(member));
        }
        DomainBareJid service = groupService.getService();
        GroupRoom room = null;
        for (int attempt = 1; room == null; attempt++) {
            EntityBareJid jid = JidCreate.entityBareFrom(GroupIds.newLocalpart(), service);
            GroupRoom candidate = rooms.room(jid);
            try {
                candidate.muc.create(rooms.nickname());
                room = candidate;
            } catch (MissingMucCreationAcknowledgeException e) {
                // The room existed already (an id collision) or the service did not confirm creating it.
                rooms.forget(candidate);
                if (attempt == CREATE_ATTEMPTS) {
                    throw new SvGroupsException("create group: " + service + " did not confirm creating a new room", e);
                }
            } catch (Exception e) {
                rooms.forget(candidate);
                // No group is named in the refusal: it does not exist.
                throw Failures.translate(e, "create group", null, Failures.replyTimeout(connection()));
            }
        }
        EntityBareJid jid = room.jid;
        try {
            Failures.request(connection(), "configure group", null, configurationRequest(jid, name, description));
        } catch (SvGroupsException e) {
            // An unconfigured room stays locked; exiting lets the service discard it.
            rooms.exitQuietly(room);
            throw e;
        }
        invitations.inviteFromRoom(jid, invitees, null);
        return new Group(jid, name);
    }

    /**
     * Lists the groups the user belongs to.
     *
     * @return the groups, as the server orders them.
     * @throws SvGroupsException on failure.
     */
    public List<GroupSummary> listGroups() throws SvGroupsException {
        DomainBareJid service = groupService.getService();
        IQ result = Failures.request(connection(), "list groups", null, new GroupsIq(service));
        // An empty result without a <groups/> child is as good as an empty list.
        return result instanceof GroupsIq ? ((GroupsIq) result).getGroups() : List.of();
    }

    /**
     * Leaves a group for good: exits its room if joined, then gives up the membership.
     *
     * @param group the group.
     * @throws SvGroupsException.Refused if the server refuses (e.g. {@code item-not-found} for a non-member).
     * @throws SvGroupsException on any other failure.
     */
    public void leave(EntityBareJid group) throws SvGroupsException {
        chat.exit(group);
        Failures.request(connection(), "leave " + group, group, new LeaveIq(group));
        GroupRoom room = rooms.find(group);
        if (room != null) {
            rooms.forget(room);
        }
    }

    /**
     * The owner's configuration submission. It carries only the name (and description): every other field is
     * decided by the server, which refuses forms that touch the privacy profile. Built by hand because Smack's
     * FillableForm also echoes every required field that has a default value.
     */
    static MUCOwner configurationRequest(EntityBareJid group, String name, String description) {
        DataForm.Builder form = DataForm.builder(DataForm.Type.submit)
                .setFormType(MucConfigFormManager.FORM_TYPE)
                .addField(FormField.textSingleBuilder(ROOM_NAME_FIELD).setValue(name).build());
        if (description != null && !description.isBlank()) {
            form.addField(FormField.textSingleBuilder(ROOM_DESCRIPTION_FIELD)
                    .setValue(description).build());
        }
        MUCOwner request = new MUCOwner();
        request.setTo(group);
        request.setType(IQ.Type.set);
        request.addExtension(form.build());
        return request;
    }
}
