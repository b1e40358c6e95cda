package org.svgroups.openfire;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dom4j.Element;
import org.jivesoftware.openfire.IQHandlerInfo;
import org.jivesoftware.openfire.handler.IQHandler;
import org.jivesoftware.openfire.muc.Affiliation;
import org.jivesoftware.openfire.muc.ConflictException;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.SvGroupsProtocol;
import org.svgroups.core.group.MembershipChanges;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.invitations.PendingInvitations;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.openfire.GroupService.Outcome;
import org.svgroups.openfire.admin.GroupDirectory;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.PacketError;
import org.xmpp.packet.Presence;

/**
 * The plugin's own IQs ({@code urn:svgroups:0}), which plain XEP-0045 lacks:
 * <ul>
 * <li>{@code <groups/>} (get, to the service): the groups the sender belongs to, since hidden rooms are not
 * listed by disco;</li>
 * <li>{@code <invitations/>} (get, to the service): the sender's pending invitations, received and sent;</li>
 * <li>{@code <accept/>} (set, to a group): the sender accepts their pending invitation without joining;</li>
 * <li>{@code <leave/>} (set, to a group): the sender gives up their membership, which XEP-0045 only lets owners
 * and admins do to others.</li>
 * </ul>
 */
final class GroupIQHandler extends IQHandler {

    private final IQHandlerInfo info = new IQHandlerInfo("groups", SvGroupsProtocol.NAMESPACE);
    private final GroupService groups;
    private final GroupDirectory directory;
    private final GroupSettings settings;
    private final PendingInvitations pending;
    private final Enrolments enrolments;
    private final Clock clock;
    private final MembershipChanges changes;

    GroupIQHandler(GroupService groups, GroupDirectory directory, GroupSettings settings, PendingInvitations pending,
                   Enrolments enrolments, Clock clock, MembershipChanges changes) {
        super("svgroups group IQ handler");
        this.groups = groups;
        this.directory = directory;
        this.settings = settings;
        this.pending = pending;
        this.enrolments = enrolments;
        this.clock = clock;
        this.changes = changes;
    }

    @Override
    public IQHandlerInfo getInfo() {
        return info;
    }

    @Override
    public IQ handleIQ(IQ iq) {
        String name = iq.getChildElement().getName();
        boolean toService = iq.getTo().getNode() == null;
        if (iq.getType() == IQ.Type.get && toService && "groups".equals(name)) {
            return listGroups(iq);
        }
        if (iq.getType() == IQ.Type.get && toService && "invitations".equals(name)) {
            return listInvitations(iq);
        }
        if (iq.getType() == IQ.Type.set && !toService && "accept".equals(name)) {
            return accept(iq);
        }
        if (iq.getType() == IQ.Type.set && !toService && "leave".equals(name)) {
            return leave(iq);
        }
        return IqErrors.error(iq, PacketError.Condition.bad_request,
                "Expected <groups/> or <invitations/> (get, to the service), or <accept/> or <leave/> (set, to a group).");
    }

    private IQ listGroups(IQ iq) {
        IQ reply = IQ.createResultIQ(iq);
        Element list = reply.setChildElement("groups", SvGroupsProtocol.NAMESPACE);
        for (UserGroup group : groups.groupsOf(iq.getFrom().asBareJID(), directory)) {
            list.addElement("group")
                    .addAttribute("jid", group.jid())
                    .addAttribute("name", group.name())
                    .addAttribute("affiliation", group.affiliation())
                    .addAttribute("members", Integer.toString(group.members()))
                    .addAttribute("cap", Integer.toString(settings.memberCap()));
        }
        return reply;
    }

    private IQ listInvitations(IQ iq) {
        String user = iq.getFrom().toBareJID();
        Instant now = clock.instant();
        IQ reply = IQ.createResultIQ(iq);
        Element list = reply.setChildElement("invitations", SvGroupsProtocol.NAMESPACE);
        for (PendingInvitation invitation : pending.receivedBy(user)) {
            if (!invitation.isExpired(now)) {
                describe(list.addElement("received"), invitation).addAttribute("inviter", invitation.inviter());
            }
        }
        for (PendingInvitation invitation : pending.sentBy(user)) {
            if (!invitation.isExpired(now)) {
                describe(list.addElement("sent"), invitation).addAttribute("invitee", invitation.invitee());
            }
        }
        return reply;
    }

    private Element describe(Element element, PendingInvitation invitation) {
        MUCRoom room = groups.room(new JID(invitation.group()).getNode());
        element.addAttribute("group", invitation.group())
                .addAttribute("name", room == null ? null : room.getNaturalLanguageName())
                .addAttribute("created", invitation.created().toString())
                .addAttribute("expires", invitation.expires().toString());
        if (invitation.reason() != null && !invitation.reason().isEmpty()) {
            element.addElement("reason").setText(invitation.reason());
        }
        return element;
    }

    private IQ accept(IQ iq) {
        Optional<PendingInvitation> invitation = enrolments.validInvitation(iq.getTo().getNode(), iq.getFrom());
        if (invitation.isEmpty()) {
            return IqErrors.error(iq, PacketError.Condition.item_not_found,
                    "You have no pending invitation to this group (it may have expired).");
        }
        Optional<Refusal> refusal = enrolments.accept(invitation.get());
        if (refusal.isPresent()) {
            return IqErrors.refused(iq, refusal.get());
        }
        return IQ.createResultIQ(iq);
    }

    private IQ leave(IQ iq) {
        JID user = iq.getFrom().asBareJID();
        IQ noSuchGroup = IqErrors.error(iq, PacketError.Condition.item_not_found, "No such group.");
        IQ reply = groups.withRoom(iq.getTo().getNode(), noSuchGroup, room -> {
            Affiliation affiliation = room.getAffiliation(user);
            if (!GroupService.isPartOf(affiliation)) {
                return new Outcome<>(IqErrors.error(iq, PacketError.Condition.item_not_found,
                        "You are not a member of this group."), false);
            }
            if (affiliation == Affiliation.owner && room.getOwners().size() == 1) {
                return new Outcome<>(IqErrors.error(iq, PacketError.Condition.conflict,
                        "You are the group's only owner: make someone else owner first, or dissolve the group."), false);
            }
            try {
                // As an owner would do it; Openfire removes the user from the room too, as it is members-only.
                for (Presence presence : room.addNone(user, Affiliation.owner)) {
                    room.send(presence, room.getSelfRepresentation());
                }
            } catch (ForbiddenException | ConflictException e) {
                return new Outcome<>(IqErrors.error(iq, PacketError.Condition.not_allowed,
                        "Openfire refused to remove you: " + e.getMessage()), false);
            }
            return new Outcome<>(IQ.createResultIQ(iq), true);
        });
        if (reply.getType() == IQ.Type.result) {
            changes.membersChanged(iq.getTo().toBareJID(), List.of(user.toBareJID()));
        }
        return reply;
    }
}
