package org.svgroups.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.NotFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.client.packet.AcceptIq;
import org.svgroups.client.packet.DirectInvitation;
import org.svgroups.client.packet.InvitationsIq;
import org.svgroups.client.provider.SvGroupsProviders;
import org.svgroups.core.refusal.AppCondition;

/**
 * Group invitations: sending them (XEP-0045 mediated or XEP-0249 direct), the pending ones, answering them, and
 * hearing of new ones. An adult invitee is a member at once; a minor's invitation waits until they accept, join or
 * decline. One instance per connection.
 */
public final class GroupInvitations extends Manager {

    /** Default for {@link #setInvitationGrace(Duration)}. */
    public static final Duration DEFAULT_INVITATION_GRACE = Duration.ofMillis(250);

    private static final Logger LOGGER = LoggerFactory.getLogger(GroupInvitations.class);

    private static final Map<XMPPConnection, GroupInvitations> INSTANCES = new WeakHashMap<>();

    /**
     * XEP-0249 invitations. A group's own (mediated) invitation carries {@code jabber:x:conference} too, for old
     * clients; the MUC invitation listener already reports it, with the real inviter, so it is left out here.
     */
    private static final StanzaFilter DIRECT_INVITATIONS = new AndFilter(StanzaTypeFilter.MESSAGE,
            new NotFilter(MessageTypeFilter.ERROR),
            new StanzaExtensionFilter(GroupChatInvitation.ELEMENT, GroupChatInvitation.NAMESPACE),
            new NotFilter(new StanzaExtensionFilter("x", "http://jabber.org/protocol/muc#user")));

    static {
        SvGroupsProviders.register();
    }

    private final GroupService groupService;
    private final GroupRooms rooms;
    private final List<Consumer<Invitation>> listeners = new CopyOnWriteArrayList<>();

    private volatile Duration invitationGrace = DEFAULT_INVITATION_GRACE;

    private GroupInvitations(XMPPConnection connection) {
        super(connection);
        groupService = GroupService.getInstanceFor(connection);
        rooms = GroupRooms.getInstanceFor(connection);
        MultiUserChatManager.getInstanceFor(connection).addInvitationListener(
                (conn, room, inviter, reason, password, message, invite) ->
                        notifyListeners(new Invitation(room.getRoom(), inviter == null ? null : inviter.asBareJid(), reason)));
        // Asynchronous: recognising the group service may take a discovery round trip.
        connection.addAsyncStanzaListener(stanza -> directInvitation((Message) stanza).ifPresent(this::notifyListeners),
                DIRECT_INVITATIONS);
    }

    /**
     * Returns the invitations manager of a connection, creating it on first use.
     *
     * @param connection an XMPP connection; it must be logged in before any group operation.
     * @return the connection's instance.
     */
    public static synchronized GroupInvitations getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, GroupInvitations::new);
    }

    /**
     * Sets how long {@link #invite} waits for a refusal after the server has answered a round trip sent right after
     * the invitation. Invitations get no positive reply, so success is the absence of an error.
     *
     * @param grace zero to rely on the round trip alone.
     */
    public void setInvitationGrace(Duration grace) {
        this.invitationGrace = Objects.requireNonNull(grace, "grace");
    }

    /**
     * Invites a user into a group (a XEP-0045 mediated invitation). The server makes an adult invitee a member at once
     * and holds a minor's invitation until they accept it (see {@link #invitations()}). Joins the room for the
     * duration if not joined. Returns once the server had the chance to refuse: see
     * {@link #setInvitationGrace(Duration)}.
     *
     * @param group the group.
     * @param user a username or bare JID.
     * @param reason an optional note for the invitee, or {@code null}.
     * @throws SvGroupsException.Refused if the server refuses, e.g. with {@link AppCondition#GROUP_FULL},
     *         {@link AppCondition#NOT_FRIENDS} or {@link AppCondition#AGE_RESTRICTED}.
     * @throws SvGroupsException on any other failure.
     */
    public void invite(EntityBareJid group, CharSequence user, String reason) throws SvGroupsException {
        EntityBareJid invitee = groupService.userJid(user);
        GroupRoom room = rooms.room(group);
        boolean joinedHere = rooms.enter(room);
        try {
            inviteFromRoom(group, List.of(invitee), reason);
        } finally {
            if (joinedHere) {
                rooms.exitQuietly(room);
            }
        }
    }

    /**
     * Invites a user into a group with a XEP-0249 direct invitation: a message from this user to the invitee naming
     * the group, which plain XMPP clients show as an invitation. The server applies the same rules as to
     * {@link #invite} (and enrols or holds the invitee the same way). Needs no room join. Returns once the server had
     * the chance to refuse: see {@link #setInvitationGrace(Duration)}.
     *
     * @param group the group.
     * @param user a username or bare JID.
     * @param reason an optional note for the invitee, or {@code null}.
     * @throws SvGroupsException.Refused if the server refuses, e.g. with {@link AppCondition#NOT_FRIENDS}.
     * @throws SvGroupsException on any other failure.
     */
    public void inviteDirect(EntityBareJid group, CharSequence user, String reason) throws SvGroupsException {
        Objects.requireNonNull(group, "group");
        EntityBareJid invitee = groupService.userJid(user);
        Message invitation = connection().getStanzaFactory().buildMessageStanza()
                .to(invitee).addExtension(new DirectInvitation(group, reason)).build();
        RefusalWatch.send(connection(), invitationGrace, "invite " + invitee + " to " + group, group, List.of(invitation));
    }

    /**
     * Lists the pending invitations: those this user received and has not answered, and those they sent that
     * nobody has answered yet. Only minors' invitations wait for an answer; an adult is enrolled at invitation.
     *
     * @return the invitations, as the server orders them.
     * @throws SvGroupsException on failure.
     */
    public PendingInvitations invitations() throws SvGroupsException {
        DomainBareJid service = groupService.getService();
        IQ result = Failures.request(connection(), "list invitations", null, new InvitationsIq(service));
        // An empty result without an <invitations/> child is as good as none.
        return result instanceof InvitationsIq ? ((InvitationsIq) result).getInvitations() : PendingInvitations.NONE;
    }

    /**
     * Accepts a pending invitation: the user becomes a member of the group (without entering its room;
     * {@link GroupChat#join} does both).
     *
     * @param group the group.
     * @throws SvGroupsException.Refused if the server refuses: {@code item-not-found} (no such invitation, or it
     *         expired), {@link AppCondition#GROUP_FULL} or {@link AppCondition#AGE_RESTRICTED}.
     * @throws SvGroupsException on any other failure.
     */
    public void accept(EntityBareJid group) throws SvGroupsException {
        Failures.request(connection(), "accept the invitation to " + group, group, new AcceptIq(group));
    }

    /**
     * Declines a pending invitation with a XEP-0045 decline sent to the group: the server drops the invitation and
     * forwards the decline to the inviter. Returns once the server had the chance to refuse: see
     * {@link #setInvitationGrace(Duration)}.
     *
     * @param group the group.
     * @param inviter who invited (e.g. {@link ReceivedInvitation#inviter()} or {@link Invitation#inviter()}).
     * @param reason an optional note for the inviter, or {@code null}.
     * @throws IllegalArgumentException if {@code inviter} is not a user address.
     * @throws SvGroupsException.Refused if the server refuses.
     * @throws SvGroupsException on any other failure.
     */
    public void decline(EntityBareJid group, BareJid inviter, String reason) throws SvGroupsException {
        Objects.requireNonNull(group, "group");
        EntityBareJid to = Objects.requireNonNull(inviter, "inviter").asEntityBareJidIfPossible();
        if (to == null) {
            throw new IllegalArgumentException("not a valid user address: " + inviter);
        }
        MUCUser x = new MUCUser();
        x.setDecline(new MUCUser.Decline(reason, to));
        // Built here rather than with MultiUserChatManager.decline(), to know its id and catch a refusal.
        Message decline = connection().getStanzaFactory().buildMessageStanza().to(group).addExtension(x).build();
        RefusalWatch.send(connection(), invitationGrace, "decline the invitation to " + group, group, List.of(decline));
    }

    /**
     * Declines the pending invitation to a group, looking up its inviter in {@link #invitations()} (one more round
     * trip than {@link #decline(EntityBareJid, BareJid, String)}).
     *
     * @param group the group.
     * @param reason an optional note for the inviter, or {@code null}.
     * @throws SvGroupsException.InvitationNotFound if this user has no pending invitation to the group.
     * @throws SvGroupsException.Refused if the server refuses.
     * @throws SvGroupsException on any other failure.
     */
    public void decline(EntityBareJid group, String reason) throws SvGroupsException {
        Objects.requireNonNull(group, "group");
        ReceivedInvitation invitation = invitations().receivedFor(group).orElseThrow(() ->
                new SvGroupsException.InvitationNotFound("decline: no pending invitation to " + group
                        + " (it may have expired or been answered already)"));
        decline(group, invitation.inviter(), reason);
    }

    /**
     * Calls {@code listener} for each group invitation this user receives: XEP-0045 mediated invitations from any
     * room, and XEP-0249 direct invitations to a group on the group service. Called on a Smack thread.
     *
     * @param listener the listener.
     */
    public void addInvitationListener(Consumer<Invitation> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added with {@link #addInvitationListener}. */
    public void removeInvitationListener(Consumer<Invitation> listener) {
        listeners.remove(listener);
    }

    /** Sends mediated invitations from the group's room, which this client is in, and reports the first refusal. */
    void inviteFromRoom(EntityBareJid group, List<EntityBareJid> invitees, String reason) throws SvGroupsException {
        List<Message> invitations = new ArrayList<>();
        for (EntityBareJid invitee : invitees) {
            MUCUser x = new MUCUser();
            x.setInvite(new MUCUser.Invite(reason, invitee));
            invitations.add(connection().getStanzaFactory().buildMessageStanza().to(group).addExtension(x).build());
        }
        RefusalWatch.send(connection(), invitationGrace, "invite to " + group, group, invitations);
    }

    /**
     * The invitation a XEP-0249 message carries, if it names a group on the group service. Anything else (another
     * MUC service, a malformed address, a group service that cannot be found, an error bounce) is not an svgroups
     * invitation.
     */
    Optional<Invitation> directInvitation(Message message) {
        if (message.getType() == Message.Type.error) {
            // A refused direct invitation of this user's, bounced with the invitation inside.
            return Optional.empty();
        }
        ExtensionElement element = message.getExtensionElement(GroupChatInvitation.ELEMENT, GroupChatInvitation.NAMESPACE);
        if (!(element instanceof GroupChatInvitation)) {
            return Optional.empty();
        }
        String address = ((GroupChatInvitation) element).getRoomAddress();
        EntityBareJid group = address == null ? null : JidCreate.entityBareFromOrNull(address);
        if (group == null) {
            LOGGER.debug("Ignoring a direct invitation without a valid group address: jid='{}'", address);
            return Optional.empty();
        }
        try {
            if (!group.asDomainBareJid().equals(groupService.getService())) {
                return Optional.empty();
            }
        } catch (SvGroupsException e) {
            LOGGER.debug("Ignoring a direct invitation to {}: the group service is unknown", group, e);
            return Optional.empty();
        }
        String reason = element instanceof DirectInvitation ? ((DirectInvitation) element).getReason() : null;
        Jid from = message.getFrom();
        return Optional.of(new Invitation(group, from == null ? null : from.asBareJid(), reason));
    }

    private void notifyListeners(Invitation invitation) {
        for (Consumer<Invitation> listener : listeners) {
            try {
                listener.accept(invitation);
            } catch (RuntimeException e) {
                LOGGER.warn("Invitation listener failed for {}", invitation.group(), e);
            }
        }
    }
}
