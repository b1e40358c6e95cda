package org.svgroups.client;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.FromMatchesFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.OrFilter;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.id.UuidStanzaIdSource;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.parts.Resourcepart;
import org.svgroups.client.packet.OutOfBandData;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.client.provider.SvGroupsProviders;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.share.Share;

/**
 * Talking in groups: entering and leaving their rooms, posting messages and shares, and receiving what is posted.
 * One instance per connection.
 */
public final class GroupChat extends Manager {

    /** Messages kept per group for {@link #awaitMessage}; the oldest go first if nobody reads them. */
    static final int QUEUE_CAPACITY = 1024;

    private static final Map<XMPPConnection, GroupChat> INSTANCES = new WeakHashMap<>();

    static {
        SvGroupsProviders.register();
    }

    private final GroupRooms rooms;

    private GroupChat(XMPPConnection connection) {
        super(connection);
        rooms = GroupRooms.getInstanceFor(connection);
    }

    /**
     * Returns the group chat of a connection, creating it on first use.
     *
     * @param connection an XMPP connection; it must be logged in before any group operation.
     * @return the connection's instance.
     */
    public static synchronized GroupChat getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, GroupChat::new);
    }

    /**
     * Sets the nickname used in rooms.
     *
     * @param nickname the nickname; {@code null} for the default, the user's localpart.
     */
    public void setNickname(Resourcepart nickname) {
        rooms.setNickname(nickname);
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
        rooms.enter(rooms.room(group));
    }

    /** True if this client is currently in the group's room. */
    public boolean isJoined(EntityBareJid group) {
        GroupRoom room = rooms.find(group);
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

    /**
     * Leaves a group's room but stays a member (the opposite of {@link #join}). Does nothing if not joined.
     *
     * @param group the group.
     * @throws SvGroupsException on failure.
     */
    public void exit(EntityBareJid group) throws SvGroupsException {
        GroupRoom room = rooms.find(group);
        if (room != null && room.muc.isJoined()) {
            Failures.call(connection(), "exit " + group, group, () -> {
                rooms.exit(room);
                return null;
            });
        }
    }

    /**
     * Calls {@code listener} for every message posted in the group while this client is in its room, including the
     * reflections of its own messages ({@link GroupMessage#own()}). Called on a Smack thread; keep it short.
     *
     * @param group the group.
     * @param listener the listener.
     */
    public void addMessageListener(EntityBareJid group, Consumer<GroupMessage> listener) {
        rooms.room(group).listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added with {@link #addMessageListener}. */
    public void removeMessageListener(EntityBareJid group, Consumer<GroupMessage> listener) {
        GroupRoom room = rooms.find(group);
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
        BlockingDeque<GroupMessage> queue = rooms.room(group).queue;
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

    /** A message with an id of our own: builders from the connection's stanza factory only assign one when built. */
    static MessageBuilder newMessage() {
        return StanzaBuilder.buildMessage(UuidStanzaIdSource.INSTANCE.getNewStanzaId());
    }

    /**
     * Sends a groupchat message to a group, entering its room if needed, and waits for the room to reflect it (it
     * is accepted) or answer it with an error of the same id (it is refused).
     */
    GroupMessage post(String action, EntityBareJid group, MessageBuilder message) throws SvGroupsException {
        GroupRoom room = rooms.room(group);
        rooms.enter(room);
        StanzaFilter reply = new AndFilter(FromMatchesFilter.createBare(group), new StanzaIdFilter(message.getStanzaId()),
                new OrFilter(MessageTypeFilter.GROUPCHAT, MessageTypeFilter.ERROR));
        StanzaCollector collector = connection().createStanzaCollector(reply);
        long timeoutMillis = Failures.replyTimeout(connection()).toMillis();
        try {
            Message echo = Failures.call(connection(), action, group, () -> {
                room.muc.sendMessage(message);
                return collector.<Message>nextResult(timeoutMillis);
            });
            if (echo == null) {
                throw new SvGroupsException.NoResponse(action + ": the group did not confirm the message "
                        + "within " + timeoutMillis + " ms", null);
            }
            if (echo.getType() == Message.Type.error) {
                throw new SvGroupsException.Refused(Refusal.from(echo.getError()), group, null);
            }
            return room.toGroupMessage(echo);
        } finally {
            collector.cancel();
        }
    }
}
