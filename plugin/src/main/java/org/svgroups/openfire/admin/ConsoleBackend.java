package org.svgroups.openfire.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.core.reports.TransparencyReport;
import org.svgroups.core.stats.InvitationCount;

/**
 * What the groups, group and statistics pages need from Openfire and the running plugin.
 * {@link OpenfireConsoleBackend} is the real one; tests use a fake.
 */
public interface ConsoleBackend {

    /** All groups at once, from the database. */
    GroupDirectory directory();

    /** One group as it is now (its room, loaded if need be), or empty when there is no such group. */
    Optional<GroupDetail> group(String name);

    /** The group's pending invitations (bare group JID). */
    List<PendingInvitation> pendingInvitations(String groupJid);

    /** The group's invite links still kept (bare group JID), active or not. */
    List<InviteLink> inviteLinks(String groupJid);

    /** The group's join requests waiting for approval (bare group JID). */
    List<JoinRequest> joinRequests(String groupJid);

    /**
     * Revokes one of the group's invite links.
     *
     * @throws GroupActionException when there is no such link
     */
    void revokeLink(String groupJid, String id) throws GroupActionException;

    /** Reports by reason and actions taken over the period (UTC days), both days included. */
    TransparencyReport transparency(LocalDate from, LocalDate to);

    /** Invitation counts by day and outcome over the period, both days included. */
    List<InvitationCount> invitationCounts(LocalDate from, LocalDate to);

    /** The user's birthdate as the group rules read it (empty when not set, malformed or no such user). */
    Optional<LocalDate> birthdate(String bareJid);

    /**
     * Takes a member out of the group (affiliation none), as an owner would.
     *
     * @throws GroupActionException when the group is gone, the person is not in it, or is its last owner
     */
    void removeMember(String group, String member) throws GroupActionException;

    /** Dissolves the group: occupants are told, the room and its pending invitations go. */
    void dissolve(String group, String reason) throws GroupActionException;

    GroupSettings settings();

    /** The notifier's counters since the plugin started. */
    NotifyStats notifyStats();

    /** Whether events go to the app's backend now (a URL and a secret are set). */
    boolean notifying();

    /** UTC in the plugin: "today" for periods and ages. */
    Clock clock();

    /** A date and time in the console's language and the server's time zone. */
    String formatDateTime(Instant instant);

    /** Adds one event to Openfire's security audit log, in the name of the admin using the console. */
    void audit(String summary, String details);

    /** The text of a message of the plugin's bundle, in the console's language. */
    String message(String key, List<?> arguments);

    /** An action on a group that cannot be done; the message is a key of the plugin's bundle. */
    final class GroupActionException extends Exception {

        private static final long serialVersionUID = 1L;

        public GroupActionException(String messageKey) {
            super(messageKey);
        }
    }
}
