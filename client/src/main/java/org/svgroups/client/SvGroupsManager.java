package org.svgroups.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.MessageListener;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.FromMatchesFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.NotFilter;
import org.jivesoftware.smack.filter.OrFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.id.UuidStanzaIdSource;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jivesoftware.smackx.muc.MucConfigFormManager;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatException.MissingMucCreationAcknowledgeException;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.Occupant;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jivesoftware.smackx.muc.packet.MUCOwner;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Localpart;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.client.packet.AcceptIq;
import org.svgroups.client.packet.DirectInvitation;
import org.svgroups.client.packet.GroupsIq;
import org.svgroups.client.packet.InvitationsIq;
import org.svgroups.client.packet.LeaveIq;
import org.svgroups.client.packet.OutOfBandData;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.client.provider.SvGroupsProviders;
import org.svgroups.core.SvGroupsProtocol;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.share.Share;

/**
 * svgroups operations over an authenticated Smack connection, one instance per connection (like Smack's own
 * managers). Apps that already have a connection use this directly; {@link SvGroupsClient} wraps it with a connection
 * of its own.
 *
 * <p>Groups are addressed by their {@link EntityBareJid} ({@link Group#jid()}, {@link GroupSummary#jid()} or
 * {@link #groupJid(String)}). Users may be given as a bare username, resolved against the connection's XMPP domain,
 * or as a bare JID (a {@link BareJid} is a {@link CharSequence} too).</p>
 *
 * <p>Every failure is an {@link SvGroupsException}; a refusal by the server is an
 * {@link SvGroupsException.Refused} carrying the svgroups condition.</p>
 */
public final class SvGroupsManager extends Manager {

    /** Default for {@link #setInvitationGrace(Duration)}. */
    public static final Duration DEFAULT_INVITATION_GRACE = Duration.ofMillis(250);

    /** Messages kept per group for {@link #awaitMessage}; the oldest go first if nobody reads them. */
    static final int QUEUE_CAPACITY = 1024;

    private static final Logger LOGGER = LoggerFactory.getLogger(SvGroupsManager.class);

    private static final Map<XMPPConnection, SvGroupsManager> INSTANCES = new WeakHashMap<>();

    /** Creating a new group retries with a fresh id if the service says the room already existed. */
    private static final int CREATE_ATTEMPTS = 3;

    /** The XEP-0045 room configuration field holding a group's human name. */
    private static final String ROOM_NAME_FIELD = "muc#roomconfig_roomname";

    /** The XEP-0045 room configuration field holding a group's description. */
    private static final String ROOM_DESCRIPTION_FIELD = "muc#roomconfig_roomdesc";

    /** Incoming XEP-0249 invitations; a refused one of our own comes back as an error carrying the same element. */
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

    private final MultiUserChatManager mucManager;
    private final ServiceDiscoveryManager disco;
    private final Map<EntityBareJid, Room> rooms = new ConcurrentHashMap<>();
    private final List<Consumer<Invitation>> invitationListeners = new CopyOnWriteArrayList<>();

    private volatile DomainBareJid service;
    private volatile Resourcepart nickname;
    private volatile Duration invitationGrace = DEFAULT_INVITATION_GRACE;

    private SvGroupsManager(XMPPConnection connection) {
        super(connection);
        mucManager = MultiUserChatManager.getInstanceFor(connection);
        disco = ServiceDiscoveryManager.getInstanceFor(connection);
        mucManager.addInvitationListener((conn, room, inviter, reason, password, message, invite) ->
                notifyInvitation(new Invitation(room.getRoom(), inviter == null ? null : inviter.asBareJid(), reason)));
        // Asynchronous: recognising the group service may take a discovery round trip.
        connection.addAsyncStanzaListener(stanza -> directInvitation((Message) stanza).ifPresent(this::notifyInvitation),
                DIRECT_INVITATIONS);
        connection.addConnectionListener(new ConnectionListener() {
            @Override
            public void connectionClosed() {
                // Rooms hold the connection strongly; dropping them lets a closed connection and this manager be
                // collected. (Not on errors: an app that reconnects keeps its listeners.)
                rooms.values().forEach(Room::close);
                rooms.clear();
            }
        });
    }

    /**
     * Returns the manager of a connection, creating it on first use.
     *
     * @param connection an XMPP connection; it must be logged in before any group operation.
     * @return the connection's manager.
     */
    public static synchronized SvGroupsManager getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, SvGroupsManager::new);
    }

    // ---- configuration -------------------------------------------------------------------------------------------

    /**
     * Names the group service instead of discovering it.
     *
     * @param service e.g. {@code groups.example.com}; {@code null} to discover it again.
     */
    public void setService(DomainBareJid service) {
        this.service = service;
    }

    /**
     * Sets the nickname used in rooms.
     *
     * @param nickname the nickname; {@code null} for the default, the user's localpart.
     */
    public void setNickname(Resourcepart nickname) {
        this.nickname = nickname;
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
     * The group service: the one set with {@link #setService}, otherwise the first item of the server's
     * {@code disco#items} whose {@code disco#info} has feature {@value SvGroupsProtocol#NAMESPACE}.
     *
     * @return the service's JID.
     * @throws SvGroupsException.ServiceNotFound if the server has none.
     * @throws SvGroupsException if discovery fails.
     */
    public DomainBareJid getService() throws SvGroupsException {
        DomainBareJid known = service;
        if (known != null) {
            return known;
        }
        DomainBareJid domain = connection().getXMPPServiceDomain();
        DiscoverItems items = smack("discover the group service", null, () -> disco.discoverItems(domain));
        for (DiscoverItems.Item item : items.getItems()) {
            Jid address = item.getEntityID();
            if (!address.isDomainBareJid()) {
                continue;
            }
            try {
                if (disco.discoverInfo(address).containsFeature(SvGroupsProtocol.NAMESPACE)) {
                    service = address.asDomainBareJid();
                    LOGGER.debug("Discovered group service {}", service);
                    return service;
                }
            } catch (XMPPException.XMPPErrorException | SmackException.NoResponseException e) {
                // A component that does not answer disco#info is not ours; keep looking.
                LOGGER.debug("disco#info to {} failed", address, e);
            } catch (Exception e) {
                throw Failures.translate(e, "discover the group service", null, replyTimeout());
            }
        }
        throw new SvGroupsException.ServiceNotFound("no group service on " + domain + ": none of its disco#items "
                + "has feature " + SvGroupsProtocol.NAMESPACE + "; name the service explicitly (svgroups-cli: --service)");
    }

    // ---- groups --------------------------------------------------------------------------------------------------

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
            invitees.add(userJid(member));
        }
        DomainBareJid service = getService();
        Room room = null;
        for (int attempt = 1; room == null; attempt++) {
            EntityBareJid jid = JidCreate.entityBareFrom(GroupIds.newLocalpart(), service);
            Room candidate = room(jid);
            try {
                candidate.muc.create(nickname());
                room = candidate;
            } catch (MissingMucCreationAcknowledgeException e) {
                // The room existed already (an id collision) or the service did not confirm creating it.
                forget(candidate);
                if (attempt == CREATE_ATTEMPTS) {
                    throw new SvGroupsException("create group: " + service + " did not confirm creating a new room", e);
                }
            } catch (Exception e) {
                forget(candidate);
                // No group is named in the refusal: it does not exist.
                throw Failures.translate(e, "create group", null, replyTimeout());
            }
        }
        EntityBareJid jid = room.jid;
        try {
            smack("configure group", null, () -> iq(configurationRequest(jid, name, description)));
        } catch (SvGroupsException e) {
            // An unconfigured room stays locked; exiting lets the service discard it.
            exitQuietly(room);
            throw e;
        }
        invite(room, invitees, null);
        return new Group(jid, name);
    }

    /**
     * Lists the groups the user belongs to.
     *
     * @return the groups, as the server orders them.
     * @throws SvGroupsException on failure.
     */
    public List<GroupSummary> listGroups() throws SvGroupsException {
        DomainBareJid service = getService();
        IQ result = smack("list groups", null, () -> iq(new GroupsIq(service)));
        // An empty result without a <groups/> child is as good as an empty list.
        return result instanceof GroupsIq ? ((GroupsIq) result).getGroups() : List.of();
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
        EntityBareJid invitee = userJid(user);
        Room room = room(group);
        boolean joinedHere = enter(room);
        try {
            invite(room, List.of(invitee), reason);
        } finally {
            if (joinedHere) {
                exitQuietly(room);
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
        EntityBareJid invitee = userJid(user);
        Message invitation = connection().getStanzaFactory().buildMessageStanza()
                .to(invitee).addExtension(new DirectInvitation(group, reason)).build();
        sendWatchingForRefusal("invite " + invitee + " to " + group, group, List.of(invitation));
    }

    /**
     * Lists the pending invitations: those this user received and has not answered, and those they sent that
     * nobody has answered yet. Only minors' invitations wait for an answer; an adult is enrolled at invitation.
     *
     * @return the invitations, as the server orders them.
     * @throws SvGroupsException on failure.
     */
    public PendingInvitations invitations() throws SvGroupsException {
        DomainBareJid service = getService();
        IQ result = smack("list invitations", null, () -> iq(new InvitationsIq(service)));
        // An empty result without an <invitations/> child is as good as none.
        return result instanceof InvitationsIq ? ((InvitationsIq) result).getInvitations() : PendingInvitations.NONE;
    }

    /**
     * Accepts a pending invitation: the user becomes a member of the group (without entering its room; {@link #join}
     * does both).
     *
     * @param group the group.
     * @throws SvGroupsException.Refused if the server refuses: {@code item-not-found} (no such invitation, or it
     *         expired), {@link AppCondition#GROUP_FULL} or {@link AppCondition#AGE_RESTRICTED}.
     * @throws SvGroupsException on any other failure.
     */
    public void accept(EntityBareJid group) throws SvGroupsException {
        smack("accept the invitation to " + group, group, () -> iq(new AcceptIq(group)));
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
        sendWatchingForRefusal("decline the invitation to " + group, group, List.of(decline));
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
     * Enters a group's room, so that its messages arrive. Asks for no history: only messages posted from now on
     * are delivered to listeners and {@link #awaitMessage}. Does nothing if already joined. Entering a group with a
     * pending invitation accepts it (the server does that).
     *
     * @param group the group.
     * @throws SvGroupsException.Refused if the room refuses entry (e.g. {@code registration-required} for a
     *         non-member).
     * @throws SvGroupsException.GroupNotFound if there is no such group.
     * @throws SvGroupsException on any other failure.
     */
    public void join(EntityBareJid group) throws SvGroupsException {
        enter(room(group));
    }

    /** True if this client is currently in the group's room. */
    public boolean isJoined(EntityBareJid group) {
        Room room = rooms.get(group);
        return room != null && room.muc.isJoined();
    }

    /**
     * Posts a message in a group, joining its room first if needed (and staying). Returns when the room has
     * reflected the message back, so a message that returns normally has been accepted.
     *
     * @param group the group.
     * @param text the text.
     * @return the message as the room reflected it.
     * @throws SvGroupsException.Refused if the server refuses the message.
     * @throws SvGroupsException.NoResponse if the room neither reflects nor refuses it in time.
     * @throws SvGroupsException on any other failure.
     */
    public GroupMessage send(EntityBareJid group, String text) throws SvGroupsException {
        Objects.requireNonNull(text, "text");
        return post("send to " + group, group, newMessage().setBody(text));
    }

    /**
     * Shares a video or product into a group (build one with {@link Shares}): a groupchat message carrying the
     * {@code <share xmlns='urn:svgroups:share:0'/>} element, and for clients that know nothing of shares a plain
     * body (title and URL) and an XEP-0066 link. Joins the room first if needed (and stays). A {@code verified}
     * value in {@code share} is not sent: only the server sets it.
     *
     * <p>The server checks the share and delivers it as the app's catalogue describes the item (its URL and
     * metadata replace the sender's), marked verified, or marked unverified when it could not check it. The returned
     * message is the room's reflection, so {@link GroupMessage#share()} is the share as the other members got it.</p>
     *
     * @param group the group.
     * @param share what to share.
     * @return the message as the room reflected it.
     * @throws SvGroupsException.Refused if the server refuses the share, e.g. with
     *         {@link AppCondition#SHARE_INVALID}, {@link AppCondition#SHARE_ORIGIN_NOT_ALLOWED},
     *         {@link AppCondition#CONTENT_UNAVAILABLE}, {@link AppCondition#AGE_RESTRICTED} (an item for older people
     *         than some member) or {@link AppCondition#RATE_LIMITED}; nothing was delivered then.
     * @throws SvGroupsException.NoResponse if the room neither reflects nor refuses it in time.
     * @throws SvGroupsException on any other failure.
     */
    public GroupMessage share(EntityBareJid group, Share share) throws SvGroupsException {
        Share sent = Shares.asSent(Objects.requireNonNull(share, "share"));
        MessageBuilder message = newMessage().setBody(sent.plainText())
                .addExtension(new ShareElement(sent))
                .addExtension(OutOfBandData.of(sent));
        return post("share into " + group, group, message);
    }

    /** A message with an id of our own: builders from the connection's stanza factory only assign one when built. */
    private static MessageBuilder newMessage() {
        return StanzaBuilder.buildMessage(UuidStanzaIdSource.INSTANCE.getNewStanzaId());
    }

    /**
     * Sends a groupchat message to a group, entering its room if needed, and waits for the room to reflect it (it
     * is accepted) or answer it with an error of the same id (it is refused).
     */
    private GroupMessage post(String action, EntityBareJid group, MessageBuilder message) throws SvGroupsException {
        Room room = room(group);
        enter(room);
        StanzaFilter reply = new AndFilter(FromMatchesFilter.createBare(group), new StanzaIdFilter(message.getStanzaId()),
                new OrFilter(MessageTypeFilter.GROUPCHAT, MessageTypeFilter.ERROR));
        StanzaCollector collector = connection().createStanzaCollector(reply);
        try {
            Message echo = smack(action, group, () -> {
                room.muc.sendMessage(message);
                return collector.<Message>nextResult(replyTimeout().toMillis());
            });
            if (echo == null) {
                throw new SvGroupsException.NoResponse(action + ": the group did not confirm the message "
                        + "within " + replyTimeout().toMillis() + " ms", null);
            }
            if (echo.getType() == Message.Type.error) {
                throw new SvGroupsException.Refused(Refusal.from(echo.getError()), group, null);
            }
            return room.toGroupMessage(echo);
        } finally {
            collector.cancel();
        }
    }

    /**
     * Leaves a group's room but stays a member (the opposite of {@link #join}). Does nothing if not joined.
     *
     * @param group the group.
     * @throws SvGroupsException on failure.
     */
    public void exit(EntityBareJid group) throws SvGroupsException {
        Room room = rooms.get(group);
        if (room != null && room.muc.isJoined()) {
            smack("exit " + group, group, room.muc::leave);
        }
    }

    /**
     * Leaves a group for good: exits its room if joined, then gives up the membership.
     *
     * @param group the group.
     * @throws SvGroupsException.Refused if the server refuses (e.g. {@code item-not-found} for a non-member).
     * @throws SvGroupsException on any other failure.
     */
    public void leave(EntityBareJid group) throws SvGroupsException {
        exit(group);
        smack("leave " + group, group, () -> iq(new LeaveIq(group)));
        Room room = rooms.get(group);
        if (room != null) {
            forget(room);
        }
    }

    // ---- receiving -----------------------------------------------------------------------------------------------

    /**
     * Calls {@code listener} for every message posted in the group while this client is in its room, including the
     * reflections of its own messages ({@link GroupMessage#own()}). Called on a Smack thread; keep it short.
     *
     * @param group the group.
     * @param listener the listener.
     */
    public void addMessageListener(EntityBareJid group, Consumer<GroupMessage> listener) {
        room(group).listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added with {@link #addMessageListener}. */
    public void removeMessageListener(EntityBareJid group, Consumer<GroupMessage> listener) {
        Room room = rooms.get(group);
        if (room != null) {
            room.listeners.remove(listener);
        }
    }

    /**
     * Takes the next message received in the group, waiting up to {@code timeout}. Every message received while
     * joined is queued (up to {@value #QUEUE_CAPACITY}), own reflections included.
     *
     * @param group the group; join it first.
     * @param timeout how long to wait.
     * @return the message, or empty on timeout.
     * @throws InterruptedException if interrupted while waiting.
     */
    public Optional<GroupMessage> awaitMessage(EntityBareJid group, Duration timeout) throws InterruptedException {
        return awaitMessage(group, message -> true, timeout);
    }

    /**
     * Takes queued messages until one matches, waiting up to {@code timeout} in all. Messages that do not match are
     * consumed and dropped, e.g. {@code awaitMessage(g, m -> !m.own(), timeout)} skips own reflections.
     *
     * @param group the group; join it first.
     * @param filter which message to wait for.
     * @param timeout how long to wait in all.
     * @return the first matching message, or empty on timeout.
     * @throws InterruptedException if interrupted while waiting.
     */
    public Optional<GroupMessage> awaitMessage(EntityBareJid group, Predicate<? super GroupMessage> filter,
                                               Duration timeout) throws InterruptedException {
        BlockingDeque<GroupMessage> queue = room(group).queue;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            GroupMessage message = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null) {
                return Optional.empty();
            }
            if (filter.test(message)) {
                return Optional.of(message);
            }
        }
    }

    /**
     * Calls {@code listener} for each group invitation this user receives: XEP-0045 mediated invitations from any
     * room, and XEP-0249 direct invitations to a group on the group service. Called on a Smack thread.
     *
     * @param listener the listener.
     */
    public void addInvitationListener(Consumer<Invitation> listener) {
        invitationListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added with {@link #addInvitationListener}. */
    public void removeInvitationListener(Consumer<Invitation> listener) {
        invitationListeners.remove(listener);
    }

    // ---- addresses -----------------------------------------------------------------------------------------------

    /**
     * Resolves a group given as a JID ({@code k3xq7vbm2ard@groups.example.com}) or as a bare id
     * ({@code k3xq7vbm2ard}, resolved against the group service).
     *
     * @param group the JID or id.
     * @return the group's JID.
     * @throws IllegalArgumentException if it is not a valid group address.
     * @throws SvGroupsException if the service must be discovered and cannot be.
     */
    public EntityBareJid groupJid(String group) throws SvGroupsException {
        if (group.contains("@")) {
            return parse(group, "group");
        }
        return JidCreate.entityBareFrom(localpart(group, "group"), getService());
    }

    /**
     * Resolves a user given as a username (resolved against the connection's XMPP domain) or as a bare JID.
     *
     * @param user the username or JID.
     * @return the user's bare JID.
     * @throws IllegalArgumentException if it is not a valid user address.
     */
    public EntityBareJid userJid(CharSequence user) {
        Objects.requireNonNull(user, "user");
        if (user instanceof EntityBareJid) {
            return (EntityBareJid) user;
        }
        String value = user.toString();
        if (value.contains("@")) {
            return parse(value, "user");
        }
        return JidCreate.entityBareFrom(localpart(value, "user"), connection().getXMPPServiceDomain());
    }

    // ---- internals -----------------------------------------------------------------------------------------------

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

    /** Sends mediated invitations from a joined room and reports the first refusal. */
    private void invite(Room room, List<EntityBareJid> invitees, String reason) throws SvGroupsException {
        List<Message> invitations = new ArrayList<>();
        for (EntityBareJid invitee : invitees) {
            MUCUser x = new MUCUser();
            x.setInvite(new MUCUser.Invite(reason, invitee));
            invitations.add(connection().getStanzaFactory().buildMessageStanza().to(room.jid).addExtension(x).build());
        }
        sendWatchingForRefusal("invite to " + room.jid, room.jid, invitations);
    }

    /**
     * Sends messages that get no positive reply (invitations, declines) and reports the first refusal. A refusal is
     * an error message with the id of one of them, from its addressee (or from the user's own server). After sending
     * them all, a disco#info round trip to the group flushes any error the server sent in order, and the
     * {@linkplain #setInvitationGrace(Duration) grace period} covers a server that answers out of order.
     *
     * @param action what is being done, in words, for failure messages.
     * @param group the group concerned: the round trip goes there, and a refusal names it.
     * @param messages the messages, built (so that they have their ids).
     */
    private void sendWatchingForRefusal(String action, EntityBareJid group, List<Message> messages)
            throws SvGroupsException {
        if (messages.isEmpty()) {
            return;
        }
        Map<String, BareJid> addressees = new HashMap<>();
        for (Message message : messages) {
            addressees.put(message.getStanzaId(), message.getTo().asBareJid());
        }
        DomainBareJid ownServer = connection().getXMPPServiceDomain();
        StanzaFilter refusals = new AndFilter(MessageTypeFilter.ERROR, stanza -> isRefusalOf(stanza, addressees, ownServer));
        StanzaCollector errors = connection().createStanzaCollector(refusals);
        try {
            smack(action, group, () -> {
                for (Message message : messages) {
                    connection().sendStanza(message);
                }
                return null;
            });
            roundTrip(action, group);
            long waitMillis = invitationGrace.toMillis();
            Message error = waitMillis == 0 ? errors.pollResult()
                    : smack(action, group, () -> errors.<Message>nextResult(waitMillis));
            if (error != null) {
                throw new SvGroupsException.Refused(Refusal.from(error.getError()), group, null);
            }
        } finally {
            errors.cancel();
        }
    }

    private static boolean isRefusalOf(Stanza error, Map<String, BareJid> addressees, DomainBareJid ownServer) {
        BareJid addressee = addressees.get(error.getStanzaId());
        Jid from = error.getFrom();
        return addressee != null && from != null && (from.asBareJid().equals(addressee) || from.equals(ownServer));
    }

    /** Any answer from the group, result or error, means the server has processed what was sent before. */
    private void roundTrip(String action, EntityBareJid group) throws SvGroupsException {
        try {
            disco.discoverInfo(group);
        } catch (XMPPException.XMPPErrorException | SmackException.NoResponseException e) {
            LOGGER.debug("Round trip to {} ended with {}", group, e.toString());
        } catch (Exception e) {
            throw Failures.translate(e, action, group, replyTimeout());
        }
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
            if (!group.asDomainBareJid().equals(getService())) {
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

    private void notifyInvitation(Invitation invitation) {
        for (Consumer<Invitation> listener : invitationListeners) {
            try {
                listener.accept(invitation);
            } catch (RuntimeException e) {
                LOGGER.warn("Invitation listener failed for {}", invitation.group(), e);
            }
        }
    }

    /**
     * Joins the room if not joined; returns true if it did. A MUC service creates a room for whoever enters a
     * missing one, so a mistyped group id would quietly become a stray, locked room: undo that and say so.
     */
    private boolean enter(Room room) throws SvGroupsException {
        if (room.muc.isJoined()) {
            return false;
        }
        MultiUserChat.MucCreateConfigFormHandle created = smack("join " + room.jid, room.jid, () ->
                room.muc.createOrJoin(room.muc.getEnterConfigurationBuilder(nickname()).requestNoHistory().build()));
        if (created != null) {
            try {
                room.muc.destroy("no such group", null);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOGGER.debug("Could not destroy the room {} created by mistake", room.jid, e);
                exitQuietly(room);
            }
            forget(room);
            throw new SvGroupsException.GroupNotFound("no such group: " + room.jid);
        }
        return true;
    }

    private void exitQuietly(Room room) {
        try {
            if (room.muc.isJoined()) {
                room.muc.leave();
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOGGER.debug("Could not exit {}", room.jid, e);
        }
    }

    private Room room(EntityBareJid group) {
        Objects.requireNonNull(group, "group");
        return rooms.computeIfAbsent(group, jid -> new Room(jid, mucManager.getMultiUserChat(jid)));
    }

    private void forget(Room room) {
        rooms.remove(room.jid, room);
        room.close();
    }

    private IQ iq(IQ request) throws Exception {
        return connection().createStanzaCollectorAndSend(request).nextResultOrThrow();
    }

    private Resourcepart nickname() {
        Resourcepart nick = nickname;
        if (nick != null) {
            return nick;
        }
        EntityFullJid user = connection().getUser();
        if (user == null) {
            throw new IllegalStateException("not logged in");
        }
        return Resourcepart.fromOrThrowUnchecked(user.getLocalpart().toString());
    }

    private Duration replyTimeout() {
        return Duration.ofMillis(connection().getReplyTimeout());
    }

    private static EntityBareJid parse(String jid, String what) {
        try {
            return JidCreate.entityBareFrom(jid);
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not a valid " + what + " address: " + jid, e);
        }
    }

    private static Localpart localpart(String value, String what) {
        try {
            return Localpart.from(value);
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not a valid " + what + ": " + value, e);
        }
    }

    @FunctionalInterface
    private interface SmackCall<T> {
        T call() throws Exception;
    }

    /** Runs a Smack call, translating its checked exceptions; runtime exceptions pass through. */
    private <T> T smack(String action, EntityBareJid group, SmackCall<T> call) throws SvGroupsException {
        try {
            return call.call();
        } catch (RuntimeException | SvGroupsException e) {
            throw e;
        } catch (Exception e) {
            throw Failures.translate(e, action, group, replyTimeout());
        }
    }

    /** A group's room as this client sees it: the Smack MUC, plus the queue and listeners fed by its messages. */
    private static final class Room {

        final EntityBareJid jid;
        final MultiUserChat muc;
        final BlockingDeque<GroupMessage> queue = new LinkedBlockingDeque<>(QUEUE_CAPACITY);
        final List<Consumer<GroupMessage>> listeners = new CopyOnWriteArrayList<>();
        private final MessageListener mucListener = this::onMessage;

        Room(EntityBareJid jid, MultiUserChat muc) {
            this.jid = jid;
            this.muc = muc;
            muc.addMessageListener(mucListener);
        }

        void close() {
            muc.removeMessageListener(mucListener);
            listeners.clear();
            queue.clear();
        }

        private void onMessage(Message message) {
            if (bodyOf(message) == null) {
                // Subject changes and chat states carry no body (nor a share).
                return;
            }
            GroupMessage groupMessage = toGroupMessage(message);
            while (!queue.offerLast(groupMessage)) {
                queue.pollFirst();
            }
            for (Consumer<GroupMessage> listener : listeners) {
                try {
                    listener.accept(groupMessage);
                } catch (RuntimeException e) {
                    LOGGER.warn("Message listener for {} failed", jid, e);
                }
            }
        }

        GroupMessage toGroupMessage(Message message) {
            Jid from = message.getFrom();
            Resourcepart nick = from == null ? null : from.getResourceOrNull();
            BareJid sender = null;
            if (from != null && from.isEntityFullJid()) {
                Occupant occupant = muc.getOccupant(from.asEntityFullJidIfPossible());
                if (occupant != null && occupant.getJid() != null) {
                    sender = occupant.getJid().asBareJid();
                }
            }
            boolean own = nick != null && nick.equals(muc.getNickname());
            String body = bodyOf(message);
            return new GroupMessage(jid, nick == null ? "" : nick.toString(), sender, body == null ? "" : body, own,
                    DelayInformation.from(message) != null, message);
        }

        /** The text, or for a share without one (the server adds it, but not every server is ours) its plain text. */
        private static String bodyOf(Message message) {
            if (message.getBody() != null) {
                return message.getBody();
            }
            List<ShareElement> shares = ShareElement.from(message);
            return shares.size() == 1 ? shares.get(0).getShare().map(Share::plainText).orElse(null) : null;
        }
    }
}
