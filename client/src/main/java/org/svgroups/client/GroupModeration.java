package org.svgroups.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jxmpp.jid.EntityBareJid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.client.packet.ModerateIq;
import org.svgroups.client.packet.RetractElement;
import org.svgroups.client.provider.SvGroupsProviders;
import org.svgroups.core.refusal.AppCondition;

/**
 * Taking messages back in groups: retracting one's own message (XEP-0424), moderating anyone's as an owner or admin
 * (XEP-0425 0.3, with a reason), and hearing of retractions and moderations while in a group's room. A message is
 * named by the stanza-id the group gave it ({@link GroupMessage#stanzaId()}, {@link HistoryMessage#id()}). One
 * instance per connection.
 */
public final class GroupModeration extends Manager {

    /** XEP-0424's fallback text (0.4.2), for clients that do not know retractions; the server sets it too. */
    static final String FALLBACK_TEXT = "/me retracted a previous message, but it's unsupported by your client.";

    private static final Logger LOGGER = LoggerFactory.getLogger(GroupModeration.class);
    private static final Map<XMPPConnection, GroupModeration> INSTANCES = new WeakHashMap<>();

    static {
        SvGroupsProviders.register();
    }

    private final Map<EntityBareJid, List<Consumer<Retraction>>> listeners = new ConcurrentHashMap<>();

    private GroupModeration(XMPPConnection connection) {
        super(connection);
        connection.addAsyncStanzaListener(stanza -> {
            Message message = (Message) stanza;
            EntityBareJid group = message.getFrom().asEntityBareJidIfPossible();
            List<Consumer<Retraction>> those = group == null ? null : listeners.get(group);
            if (those != null) {
                Retraction.from(group, message).ifPresent(retraction -> those.forEach(listener -> {
                    try {
                        listener.accept(retraction);
                    } catch (RuntimeException e) {
                        LOGGER.warn("Retraction listener for {} failed", group, e);
                    }
                }));
            }
        }, new AndFilter(MessageTypeFilter.GROUPCHAT, new StanzaExtensionFilter(RetractElement.ELEMENT,
                RetractElement.NAMESPACE)));
    }

    public static synchronized GroupModeration getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, GroupModeration::new);
    }

    /**
     * Retracts one's own message in a group (joining its room first if needed): a groupchat message with
     * {@code <retract id/>} and a fallback text. The server replaces the message with a tombstone in the history,
     * then relays the retraction to the room.
     *
     * @param group    the group
     * @param stanzaId the message's stanza-id, as the group gave it
     * @return the retraction as the room reflected it
     * @throws SvGroupsException.Refused when the server refuses, and nothing changed:
     *         {@link AppCondition#NOT_AUTHOR} (someone else's message), {@link AppCondition#NOT_MEMBER},
     *         {@link AppCondition#MESSAGE_NOT_FOUND} (no such message in this group),
     *         {@link AppCondition#NOT_RETRACTABLE} (a retraction, or retracted already)
     * @throws SvGroupsException on any other failure
     */
    public GroupMessage retract(EntityBareJid group, String stanzaId) throws SvGroupsException {
        Objects.requireNonNull(stanzaId, "stanzaId");
        MessageBuilder message = GroupChat.newMessage()
                .addExtension(new RetractElement(stanzaId, null, null))
                .addExtension(StandardExtensionElement.builder("fallback", "urn:xmpp:fallback:0")
                        .addAttribute("for", RetractElement.NAMESPACE).build())
                .addExtension(StandardExtensionElement.builder("store", "urn:xmpp:hints").build())
                .setBody(FALLBACK_TEXT);
        return GroupChat.getInstanceFor(connection()).post("retract a message in " + group, group, message);
    }

    /**
     * Retracts anyone's message in a group as one of its owners or admins, in its room or not. The group replaces
     * the message with a tombstone and tells its room (a notice that names the moderator and the reason).
     *
     * @param group    the group
     * @param stanzaId the message's stanza-id, as the group gave it
     * @param reason   why, shown to the members; null for none
     * @throws SvGroupsException.Refused when the server refuses, and nothing changed:
     *         {@link AppCondition#NOT_MODERATOR} (a plain member), {@link AppCondition#NOT_MEMBER},
     *         {@link AppCondition#MESSAGE_NOT_FOUND}, {@link AppCondition#NOT_RETRACTABLE},
     *         {@link AppCondition#RETRACTION_INVALID} (a reason over 1,000 characters)
     * @throws SvGroupsException on any other failure
     */
    public void moderate(EntityBareJid group, String stanzaId, String reason) throws SvGroupsException {
        Objects.requireNonNull(stanzaId, "stanzaId");
        Failures.request(connection(), "moderate a message in " + group, group, new ModerateIq(group, stanzaId, reason));
    }

    /**
     * Calls {@code listener} for every retraction and moderation received from the group while this client is in
     * its room (own retractions reflected included). Called on a Smack thread; keep it short.
     */
    public void addRetractionListener(EntityBareJid group, Consumer<Retraction> listener) {
        listeners.computeIfAbsent(group, g -> new CopyOnWriteArrayList<>()).add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added with {@link #addRetractionListener}. */
    public void removeRetractionListener(EntityBareJid group, Consumer<Retraction> listener) {
        List<Consumer<Retraction>> those = listeners.get(group);
        if (those != null) {
            those.remove(listener);
        }
    }
}
