package org.svgroups.openfire;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jivesoftware.openfire.muc.Affiliation;
import org.jivesoftware.openfire.muc.CannotBeInvitedException;
import org.jivesoftware.openfire.muc.ConflictException;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.MembershipChanges;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.invitations.PendingInvitations;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.rules.Enrolment;
import org.svgroups.core.rules.GroupRules;
import org.svgroups.openfire.GroupService.Outcome;
import org.svgroups.openfire.notify.GroupNotifications;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * Carries out what the group rules admitted: enrols people on the group's behalf (so that a plain member's
 * invitation works, which Openfire 5 refuses), holds minors' invitations until they accept, and sends the
 * XEP-0045 invitations. Enrolment happens under the room's lock with the member cap checked again there, so two
 * invitations at the same instant cannot overfill a group.
 */
final class Enrolments {

    private static final Logger Log = LoggerFactory.getLogger(Enrolments.class);

    private final GroupService groups;
    private final GroupRules rules;
    private final PendingInvitations pending;
    private final GroupSettings settings;
    private final Clock clock;
    private final MembershipChanges changes;
    private final GroupNotifications notifications;

    Enrolments(GroupService groups, GroupRules rules, PendingInvitations pending, GroupSettings settings, Clock clock,
               MembershipChanges changes, GroupNotifications notifications) {
        this.groups = groups;
        this.rules = rules;
        this.pending = pending;
        this.settings = settings;
        this.clock = clock;
        this.changes = changes;
        this.notifications = notifications;
    }

    /**
     * Applies an admitted invitation: enrols or holds each invitee as decided.
     *
     * @return a refusal when the group filled up in the meantime (people enrolled before that stay enrolled)
     */
    Optional<Refusal> admit(String roomName, JID inviter, Map<String, Enrolment> decisions, String reason) {
        Instant now = clock.instant();
        String group = groups.groupJid(roomName);
        for (Map.Entry<String, Enrolment> decision : decisions.entrySet()) {
            String invitee = decision.getKey();
            switch (decision.getValue()) {
                case NOW -> {
                    Optional<Refusal> refusal = enrol(roomName, new JID(invitee));
                    if (refusal.isPresent()) {
                        return refusal;
                    }
                }
                case AFTER_CONSENT -> pending.save(new PendingInvitation(group, invitee, inviter.toBareJID(), reason,
                        now, now.plus(settings.invitationLifetime())));
                case ALREADY_IN -> { }
            }
        }
        return Optional.empty();
    }

    /** Sends the XEP-0045 invitation from the group, in the inviter's name. */
    void sendInvitations(String roomName, JID inviter, Iterable<String> invitees, String reason) {
        MUCRoom room = groups.room(roomName);
        if (room == null) {
            return;
        }
        List<String> sent = new ArrayList<>();
        for (String invitee : invitees) {
            try {
                // As the owner affiliation: the rules already decided that this inviter may invite.
                room.sendInvitation(new JID(invitee), reason, Affiliation.owner, inviter, null);
                sent.add(invitee);
            } catch (ForbiddenException | CannotBeInvitedException e) {
                Log.warn("Openfire would not send the invitation of {} to {}: {}", invitee, room.getJID(), e.toString());
            }
        }
        notifications.invited(room, inviter, sent);
    }

    /** A direct (XEP-0249) invitation to the group was admitted and goes on to the invitee. */
    void invitedDirectly(MUCRoom room, JID inviter, String invitee) {
        notifications.invited(room, inviter, List.of(invitee));
    }

    /** The invitee's pending invitation to the group, unless there is none or it expired. */
    Optional<PendingInvitation> validInvitation(String roomName, JID invitee) {
        return pending.find(groups.groupJid(roomName), invitee.toBareJID()).filter(i -> !i.isExpired(clock.instant()));
    }

    /**
     * The invitee accepts their pending invitation: they become a member if they are old enough and the group has
     * room; the invitation is used up.
     */
    Optional<Refusal> accept(PendingInvitation invitation) {
        Optional<Refusal> refusal = enrol(new JID(invitation.group()).getNode(), new JID(invitation.invitee()));
        if (refusal.isEmpty()) {
            pending.remove(invitation.group(), invitation.invitee());
        }
        return refusal;
    }

    /** The invitee declined (XEP-0045 decline): their pending invitation goes away. */
    void decline(String roomName, JID invitee) {
        pending.remove(groups.groupJid(roomName), invitee.toBareJID());
    }

    /** Makes the user a member if the minimum age and the member cap still hold, under the room's lock. */
    Optional<Refusal> enrol(String roomName, JID user) {
        Optional<Refusal> missing = Optional.of(Refusal.of(AppCondition.NOT_MEMBER, "The group no longer exists."));
        Optional<Refusal> outcome = groups.withRoom(roomName, missing, room -> {
            Optional<Refusal> refusal = rules.accept(GroupService.membership(room), user.toBareJID());
            if (refusal.isPresent()) {
                return new Outcome<>(refusal, false);
            }
            try {
                List<Presence> presences = room.addMember(user, null, Affiliation.owner);
                for (Presence presence : presences) {
                    room.send(presence, room.getSelfRepresentation());
                }
            } catch (ForbiddenException | ConflictException e) {
                throw new IllegalStateException("Openfire refused to enrol " + user + " in " + room.getJID(), e);
            }
            return new Outcome<>(Optional.<Refusal>empty(), true);
        });
        if (outcome.isEmpty()) {
            changes.membersChanged(groups.groupJid(roomName), List.of(user.toBareJID()));
        }
        return outcome;
    }
}
