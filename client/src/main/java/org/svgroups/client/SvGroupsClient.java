package org.svgroups.client;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportTarget;
import org.svgroups.core.share.Share;

/**
 * A logged-in svgroups user: owns one XMPP connection and offers over it the operations of the connection's
 * managers, one per concern: {@link GroupService} (the service, addresses), {@link GroupDirectory} (create, list,
 * leave), {@link GroupInvitations}, {@link GroupChat} (rooms, messages, shares), {@link GroupHistory} and
 * {@link GroupModeration} (retractions, moderation). Close it to disconnect.
 *
 * <pre>{@code
 * try (SvGroupsClient alice = SvGroupsClient.connect(config)) {
 *     Group group = alice.createGroup("Dance crew", List.of("bob", "carol@example.com"));
 *     alice.send(group.jid(), "hi all");
 *     alice.share(group.jid(), Shares.video("123", "https://videos.example/v/123", "Dance tutorial"));
 * }
 * }</pre>
 */
public final class SvGroupsClient implements AutoCloseable {

    private final AbstractXMPPConnection connection;
    private final GroupService groupService;
    private final GroupDirectory directory;
    private final GroupInvitations invitations;
    private final GroupChat chat;
    private final GroupLinks links;

    private SvGroupsClient(AbstractXMPPConnection connection) {
        this.connection = connection;
        groupService = GroupService.getInstanceFor(connection);
        directory = GroupDirectory.getInstanceFor(connection);
        invitations = GroupInvitations.getInstanceFor(connection);
        chat = GroupChat.getInstanceFor(connection);
        links = GroupLinks.getInstanceFor(connection);
    }

    /**
     * Connects and logs in.
     *
     * @param config where to connect and who to log in as.
     * @return the logged-in client.
     * @throws SvGroupsException.NotAuthorized if the credentials are rejected.
     * @throws SvGroupsException.ConnectionFailed if the server cannot be reached or TLS fails.
     * @throws SvGroupsException on any other failure.
     */
    public static SvGroupsClient connect(ClientConfig config) throws SvGroupsException {
        // Check the addresses before opening anything.
        Resourcepart nickname = Resourcepart.fromOrNull(config.nickname());
        if (nickname == null) {
            throw new IllegalArgumentException("not a valid nickname: " + config.nickname());
        }
        DomainBareJid service = null;
        if (config.service() != null) {
            try {
                service = JidCreate.domainBareFrom(config.service());
            } catch (XmppStringprepException e) {
                throw new IllegalArgumentException("not a valid service address: " + config.service(), e);
            }
        }
        AbstractXMPPConnection connection = new XMPPTCPConnection(smackConfiguration(config));
        connection.setReplyTimeout(config.replyTimeout().toMillis());
        // Groups need no roster; skipping it saves a round trip per login.
        Roster.getInstanceFor(connection).setRosterLoadedAtLogin(false);
        try {
            connection.connect().login();
        } catch (SmackException | IOException | XMPPException | InterruptedException e) {
            connection.disconnect();
            throw Failures.translateConnect(e, config);
        }
        GroupChat.getInstanceFor(connection).setNickname(nickname);
        GroupInvitations.getInstanceFor(connection).setInvitationGrace(config.invitationGrace());
        GroupService.getInstanceFor(connection).setService(service);
        return new SvGroupsClient(connection);
    }

    /**
     * Wraps a connection the caller set up and logged in; {@link #close()} disconnects it. Configure the group
     * service, nickname and invitation grace through the connection's managers: {@link GroupService#setService},
     * {@link GroupChat#setNickname} and {@link GroupInvitations#setInvitationGrace}.
     *
     * @param connection a logged-in connection.
     * @return the client.
     */
    public static SvGroupsClient over(AbstractXMPPConnection connection) {
        if (!connection.isAuthenticated()) {
            throw new IllegalStateException("the connection is not logged in");
        }
        return new SvGroupsClient(connection);
    }

    static XMPPTCPConnectionConfiguration smackConfiguration(ClientConfig config) throws SvGroupsException {
        try {
            XMPPTCPConnectionConfiguration.Builder builder = XMPPTCPConnectionConfiguration.builder()
                    // Resolve with the system resolver (hosts file included) rather than Smack's DNS SRV lookup:
                    // the host is given explicitly, often as an IP address or "localhost".
                    .setHostAddress(InetAddress.getByName(config.host()))
                    .setPort(config.port())
                    .setXmppDomain(config.domain())
                    .setUsernameAndPassword(config.username(), config.password())
                    .setSecurityMode(config.securityMode());
            if (config.resource() != null) {
                builder.setResource(config.resource());
            }
            return builder.build();
        } catch (java.net.UnknownHostException e) {
            throw new SvGroupsException.ConnectionFailed("unknown host " + config.host(), e);
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not a valid XMPP domain or resource: " + e.getMessage(), e);
        }
    }

    /** The underlying connection, for anything this library does not cover. */
    public AbstractXMPPConnection connection() {
        return connection;
    }

    /** This user's bare JID. */
    public EntityBareJid user() {
        return Objects.requireNonNull(connection.getUser(), "not logged in").asEntityBareJid();
    }

    /** @see GroupDirectory#createGroup(String, Collection) */
    public Group createGroup(String name, Collection<? extends CharSequence> members) throws SvGroupsException {
        return directory.createGroup(name, members);
    }

    /** @see GroupDirectory#createGroup(String, String, Collection) */
    public Group createGroup(String name, String description, Collection<? extends CharSequence> members)
            throws SvGroupsException {
        return directory.createGroup(name, description, members);
    }

    /** @see GroupDirectory#listGroups() */
    public List<GroupSummary> listGroups() throws SvGroupsException {
        return directory.listGroups();
    }

    /** @see GroupInvitations#invite(EntityBareJid, CharSequence, String) */
    public void invite(EntityBareJid group, CharSequence user, String reason) throws SvGroupsException {
        invitations.invite(group, user, reason);
    }

    /** @see GroupInvitations#inviteDirect(EntityBareJid, CharSequence, String) */
    public void inviteDirect(EntityBareJid group, CharSequence user, String reason) throws SvGroupsException {
        invitations.inviteDirect(group, user, reason);
    }

    /** @see GroupLinks#create(EntityBareJid, Integer, Integer) */
    public CreatedLink createLink(EntityBareJid group, Integer days, Integer uses) throws SvGroupsException {
        return links.create(group, days, uses);
    }

    /** @see GroupLinks#links(EntityBareJid) */
    public List<LinkInfo> links(EntityBareJid group) throws SvGroupsException {
        return links.links(group);
    }

    /** @see GroupLinks#revoke(EntityBareJid, String) */
    public void revokeLink(EntityBareJid group, String id) throws SvGroupsException {
        links.revoke(group, id);
    }

    /** @see GroupLinks#join(String) */
    public EntityBareJid joinByLink(String uri) throws SvGroupsException {
        return links.join(uri);
    }

    /** @see GroupLinks#requests(EntityBareJid) */
    public List<LinkRequest> joinRequests(EntityBareJid group) throws SvGroupsException {
        return links.requests(group);
    }

    /** @see GroupLinks#myRequests() */
    public List<LinkRequest> myJoinRequests() throws SvGroupsException {
        return links.myRequests();
    }

    /** @see GroupLinks#approve(EntityBareJid, CharSequence) */
    public void approve(EntityBareJid group, CharSequence user) throws SvGroupsException {
        links.approve(group, user);
    }

    /** @see GroupLinks#deny(EntityBareJid, CharSequence) */
    public void deny(EntityBareJid group, CharSequence user) throws SvGroupsException {
        links.deny(group, user);
    }

    /** @see GroupInvitations#invitations() */
    public PendingInvitations invitations() throws SvGroupsException {
        return invitations.invitations();
    }

    /** @see GroupInvitations#accept(EntityBareJid) */
    public void accept(EntityBareJid group) throws SvGroupsException {
        invitations.accept(group);
    }

    /** @see GroupInvitations#decline(EntityBareJid, BareJid, String) */
    public void decline(EntityBareJid group, BareJid inviter, String reason) throws SvGroupsException {
        invitations.decline(group, inviter, reason);
    }

    /** @see GroupInvitations#decline(EntityBareJid, String) */
    public void decline(EntityBareJid group, String reason) throws SvGroupsException {
        invitations.decline(group, reason);
    }

    /** @see GroupChat#join(EntityBareJid) */
    public void join(EntityBareJid group) throws SvGroupsException {
        chat.join(group);
    }

    /** @see GroupChat#send(EntityBareJid, String) */
    public GroupMessage send(EntityBareJid group, String text) throws SvGroupsException {
        return chat.send(group, text);
    }

    /** @see GroupChat#share(EntityBareJid, Share) */
    public GroupMessage share(EntityBareJid group, Share share) throws SvGroupsException {
        return chat.share(group, share);
    }

    /** @see GroupChat#isJoined(EntityBareJid) */
    public boolean isJoined(EntityBareJid group) {
        return chat.isJoined(group);
    }

    /** @see GroupChat#exit(EntityBareJid) */
    public void exit(EntityBareJid group) throws SvGroupsException {
        chat.exit(group);
    }

    /** @see GroupDirectory#leave(EntityBareJid) */
    public void leave(EntityBareJid group) throws SvGroupsException {
        directory.leave(group);
    }

    /** @see GroupReports#report(EntityBareJid, ReportTarget, ReportReason, String, String) */
    public String report(EntityBareJid group, ReportTarget target, ReportReason reason, String text, String seen)
            throws SvGroupsException {
        return GroupReports.getInstanceFor(connection()).report(group, target, reason, text, seen);
    }

    /** A page of the group's history, oldest first: the newest {@code max} messages before {@code before} (null: the newest). */
    public HistoryPage history(EntityBareJid group, int max, String before) throws SvGroupsException {
        return GroupHistory.getInstanceFor(connection()).page(group, max, before);
    }

    /** @see GroupModeration#retract(EntityBareJid, String) */
    public GroupMessage retract(EntityBareJid group, String stanzaId) throws SvGroupsException {
        return GroupModeration.getInstanceFor(connection).retract(group, stanzaId);
    }

    /** @see GroupModeration#moderate(EntityBareJid, String, String) */
    public void moderate(EntityBareJid group, String stanzaId, String reason) throws SvGroupsException {
        GroupModeration.getInstanceFor(connection).moderate(group, stanzaId, reason);
    }

    /** @see GroupModeration#addRetractionListener(EntityBareJid, Consumer) */
    public void addRetractionListener(EntityBareJid group, Consumer<Retraction> listener) {
        GroupModeration.getInstanceFor(connection).addRetractionListener(group, listener);
    }

    /** @see GroupChat#addMessageListener(EntityBareJid, Consumer) */
    public void addMessageListener(EntityBareJid group, Consumer<GroupMessage> listener) {
        chat.addMessageListener(group, listener);
    }

    /** @see GroupChat#awaitMessage(EntityBareJid, Duration) */
    public Optional<GroupMessage> awaitMessage(EntityBareJid group, Duration timeout) throws InterruptedException {
        return chat.awaitMessage(group, timeout);
    }

    /** @see GroupChat#awaitMessage(EntityBareJid, Predicate, Duration) */
    public Optional<GroupMessage> awaitMessage(EntityBareJid group, Predicate<? super GroupMessage> filter,
                                               Duration timeout) throws InterruptedException {
        return chat.awaitMessage(group, filter, timeout);
    }

    /** @see GroupInvitations#addInvitationListener(Consumer) */
    public void addInvitationListener(Consumer<Invitation> listener) {
        invitations.addInvitationListener(listener);
    }

    /** @see GroupService#groupJid(String) */
    public EntityBareJid groupJid(String group) throws SvGroupsException {
        return groupService.groupJid(group);
    }

    /** @see GroupService#userJid(CharSequence) */
    public EntityBareJid userJid(CharSequence user) {
        return groupService.userJid(user);
    }

    /** Disconnects; the server takes this user out of every room. */
    @Override
    public void close() {
        connection.disconnect();
    }
}
