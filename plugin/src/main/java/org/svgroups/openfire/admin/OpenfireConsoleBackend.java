package org.svgroups.openfire.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.util.WebManager;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.core.reports.ReportStore;
import org.svgroups.core.reports.TransparencyReport;
import org.svgroups.core.stats.InvitationCount;
import org.svgroups.openfire.GroupAdministration;
import org.svgroups.openfire.SvGroupsPlugin;
import org.svgroups.openfire.SvGroupsProperties;

/** The console pages' view of the running plugin and of Openfire: its audit log, its dates, its language. */
final class OpenfireConsoleBackend extends OpenfireConsole implements ConsoleBackend {

    private final GroupAdministration administration;

    OpenfireConsoleBackend(WebManager webManager) {
        super(webManager);
        this.administration = administration()
                .orElseThrow(() -> new IllegalStateException("The svgroups plugin is not running."));
    }

    @Override
    public GroupDirectory directory() {
        return administration.directory();
    }

    @Override
    public Optional<GroupDetail> group(String name) {
        return administration.group(name);
    }

    @Override
    public List<PendingInvitation> pendingInvitations(String groupJid) {
        return administration.pendingInvitations(groupJid);
    }

    @Override
    public List<InviteLink> inviteLinks(String groupJid) {
        return administration.inviteLinks(groupJid);
    }

    @Override
    public List<JoinRequest> joinRequests(String groupJid) {
        return administration.joinRequests(groupJid);
    }

    @Override
    public void revokeLink(String groupJid, String id) throws GroupActionException {
        administration.revokeLink(groupJid, id);
    }

    @Override
    public List<InvitationCount> invitationCounts(LocalDate from, LocalDate to) {
        return administration.invitationCounts(from, to);
    }

    @Override
    public TransparencyReport transparency(LocalDate from, LocalDate to) {
        ReportStore store = plugin().map(SvGroupsPlugin::reportStore)
                .orElseThrow(() -> new IllegalStateException("The svgroups plugin is not running."));
        return new TransparencyReport(from, to, store.reasons(from, to), store.actionsTaken(from, to));
    }

    @Override
    public Optional<LocalDate> birthdate(String bareJid) {
        return administration.birthdate(bareJid);
    }

    @Override
    public void removeMember(String group, String member) throws GroupActionException {
        administration.removeMember(group, member);
    }

    @Override
    public void dissolve(String group, String reason) throws GroupActionException {
        administration.dissolve(group, reason);
    }



    @Override
    public NotifyStats notifyStats() {
        return plugin().map(plugin -> plugin.notifyStats())
                .orElseThrow(() -> new IllegalStateException("The svgroups plugin is not running."));
    }

    @Override
    public boolean notifying() {
        return new SvGroupsProperties().notifyEnabled();
    }



}
