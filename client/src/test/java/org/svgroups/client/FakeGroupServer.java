package org.svgroups.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.ConnectionConfiguration;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Nonza;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * One client's connection to a scripted svgroups server: a Smack connection without a network whose outgoing stanzas
 * get the answers the contract promises, as XML parsed by Smack's real parser, delivered in order on a thread of their
 * own like a stream. Knobs make the server refuse things.
 */
public final class FakeGroupServer extends AbstractXMPPConnection {

    public static final String DOMAIN = "svgroups.test";
    public static final String SERVICE = "groups.svgroups.test";

    private static final String STANZAS = "urn:ietf:params:xml:ns:xmpp-stanzas";

    public final List<Stanza> sent = new CopyOnWriteArrayList<>();
    private final Set<String> rooms = ConcurrentHashMap.newKeySet();
    private final ExecutorService stream = Executors.newSingleThreadExecutor();

    /** Whether the domain lists a component with the svgroups feature. */
    public volatile boolean offersService = true;
    /** Error children (condition, text, app condition) for invitations, or null to accept them silently. */
    public volatile String inviteError;
    /** Error children for groupchat messages, or null to reflect them. */
    public volatile String messageError;
    /** Error children for the owner's configuration form, or null to accept it. */
    public volatile String configError;
    /**
     * What the room reflects of a groupchat message instead of what was sent (its children: body, share, ...), as a
     * server that rewrites messages does; null to reflect the sent body and extensions as they are.
     */
    public volatile String deliveredPayload;
    /** If false, groupchat messages are swallowed: neither reflected nor refused. */
    public volatile boolean reflectMessages = true;
    /** The {@code <groups/>} element of the group list result. */
    public volatile String groupsResult = "<groups xmlns='urn:svgroups:0'/>";
    /** The {@code <invitations/>} element of the pending invitations result. */
    public volatile String invitationsResult = "<invitations xmlns='urn:svgroups:0'/>";
    /** Error children for {@code <accept/>}, or null to answer with an empty result. */
    public volatile String acceptError;
    /** Error children for XEP-0425 moderation requests, or null to answer with an empty result. */
    public volatile String moderateError;
    /** Error children for XEP-0045 declines, or null to accept them silently. */
    public volatile String declineError;
    /**
     * Error children for XEP-0249 direct invitations, or null to accept them silently. The error comes from the
     * invitee's address and carries the invitation back, as a bounce does.
     */
    public volatile String directInviteError;
    /** The sender of error messages, or null for the refused message's addressee (as a bounce). */
    public volatile String errorFrom;

    private FakeGroupServer(String username) throws Exception {
        super(new Config.Builder().setXmppDomain(DOMAIN).setUsernameAndPassword(username, "secret")
                .setSecurityMode(ConnectionConfiguration.SecurityMode.disabled).build());
    }

    public static FakeGroupServer loggedIn(String username) throws Exception {
        FakeGroupServer server = new FakeGroupServer(username);
        server.setReplyTimeout(2000);
        // As SvGroupsClient does; an unloaded roster would otherwise complain about every room presence.
        Roster.getInstanceFor(server).setRosterLoadedAtLogin(false);
        server.connect();
        server.login();
        return server;
    }

    public static String error(String type, String condition, String text, String appCondition) {
        return "<error type='" + type + "'><" + condition + " xmlns='" + STANZAS + "'/>"
                + (text == null ? "" : "<text xmlns='" + STANZAS + "'>" + text + "</text>")
                + (appCondition == null ? "" : appCondition) + "</error>";
    }

    /** The stanzas the client sent that match. */
    public <S extends Stanza> List<S> sent(Class<S> type, Predicate<? super S> filter) {
        List<S> matching = new ArrayList<>();
        for (Stanza stanza : sent) {
            if (type.isInstance(stanza) && filter.test(type.cast(stanza))) {
                matching.add(type.cast(stanza));
            }
        }
        return matching;
    }

    /** Makes a room exist, so that entering it does not create it. */
    public void addRoom(String jid) {
        rooms.add(jid);
    }

    /** Delivers stanzas to the client after anything the server already queued. */
    public void push(String... stanzas) {
        for (String xml : stanzas) {
            stream.execute(() -> deliver(xml));
        }
    }

    @Override
    protected void sendStanzaInternal(Stanza stanza) {
        sent.add(stanza);
        push(answer(stanza).toArray(String[]::new));
    }

    @Override
    protected void connectInternal() {
        connected = true;
    }

    @Override
    protected void loginInternal(String username, String password, Resourcepart resource) throws IOException {
        user = JidCreate.entityFullFrom(username + "@" + DOMAIN + "/test");
        authenticated = true;
    }

    @Override
    public boolean isSecureConnection() {
        return false;
    }

    @Override
    public boolean isUsingCompression() {
        return false;
    }

    @Override
    public void sendNonza(Nonza element) {
    }

    @Override
    protected void shutdown() {
        stream.shutdownNow();
        connected = false;
        authenticated = false;
    }

    @Override
    public void instantShutdown() {
        shutdown();
    }

    /** Smack's configuration base class is abstract; the fake needs nothing beyond it. */
    private static final class Config extends ConnectionConfiguration {

        private Config(Builder builder) {
            super(builder);
        }

        static final class Builder extends ConnectionConfiguration.Builder<Builder, Config> {

            @Override
            public Config build() {
                return new Config(this);
            }

            @Override
            protected Builder getThis() {
                return this;
            }
        }
    }

    private void deliver(String xml) {
        try {
            invokeStanzaCollectorsAndNotifyRecvListeners(PacketParserUtils.parseStanza(xml));
        } catch (Exception e) {
            throw new IllegalStateException("bad scripted stanza: " + xml, e);
        }
    }

    private List<String> answer(Stanza stanza) {
        if (stanza instanceof IQ) {
            String reply = answer((IQ) stanza);
            return reply == null ? List.of() : List.of(reply);
        }
        if (stanza instanceof Presence) {
            return answer((Presence) stanza);
        }
        if (stanza instanceof Message) {
            return answer((Message) stanza);
        }
        return List.of();
    }

    private String answer(IQ iq) {
        if (iq.getType() == IQ.Type.result || iq.getType() == IQ.Type.error) {
            return null;
        }
        String to = String.valueOf(iq.getTo());
        String ns = iq.getChildElementNamespace();
        String child;
        if ("http://jabber.org/protocol/disco#items".equals(ns) && to.equals(DOMAIN)) {
            child = "<query xmlns='" + ns + "'><item jid='conference." + DOMAIN + "'/>"
                    + (offersService ? "<item jid='" + SERVICE + "'/>" : "") + "</query>";
        } else if ("http://jabber.org/protocol/disco#info".equals(ns) && to.equals(SERVICE)) {
            child = "<query xmlns='" + ns + "'><identity category='conference' type='text' name='Groups'/>"
                    + "<feature var='http://jabber.org/protocol/muc'/><feature var='urn:svgroups:0'/></query>";
        } else if ("http://jabber.org/protocol/disco#info".equals(ns)
                && (to.equals("conference." + DOMAIN) || to.endsWith("@" + SERVICE))) {
            child = "<query xmlns='" + ns + "'><feature var='http://jabber.org/protocol/muc'/></query>";
        } else if ("http://jabber.org/protocol/muc#owner".equals(ns) && iq.getType() == IQ.Type.set) {
            return configError == null ? reply(iq, "result", "") : reply(iq, "error", configError);
        } else if ("urn:svgroups:0".equals(ns) && "groups".equals(iq.getChildElementName()) && to.equals(SERVICE)) {
            child = groupsResult;
        } else if ("urn:svgroups:report:0".equals(ns) && to.endsWith("@" + SERVICE) && iq.getType() == IQ.Type.set) {
            child = "<report xmlns='urn:svgroups:report:0' id='4242'/>";
        } else if ("urn:svgroups:0".equals(ns) && "leave".equals(iq.getChildElementName())) {
            child = "";
        } else if ("urn:svgroups:0".equals(ns) && "invitations".equals(iq.getChildElementName()) && to.equals(SERVICE)
                && iq.getType() == IQ.Type.get) {
            child = invitationsResult;
        } else if ("urn:svgroups:0".equals(ns) && "accept".equals(iq.getChildElementName())
                && to.endsWith("@" + SERVICE) && iq.getType() == IQ.Type.set) {
            return acceptError == null ? reply(iq, "result", "") : reply(iq, "error", acceptError);
        } else if ("urn:xmpp:message-moderate:1".equals(ns) && to.endsWith("@" + SERVICE) && iq.getType() == IQ.Type.set) {
            return moderateError == null ? reply(iq, "result", "") : reply(iq, "error", moderateError);
        } else {
            return reply(iq, "error", error("cancel", "service-unavailable", null, null));
        }
        return reply(iq, "result", child);
    }

    private String reply(IQ iq, String type, String child) {
        return "<iq xmlns='jabber:client' type='" + type + "' id='" + iq.getStanzaId() + "' from='" + iq.getTo()
                + "' to='" + getUser() + "'>" + child + "</iq>";
    }

    private List<String> answer(Presence presence) {
        Jid to = presence.getTo();
        if (to == null || !to.hasResource()) {
            return List.of();
        }
        String room = to.asBareJid().toString();
        boolean entering = presence.getType() == Presence.Type.available;
        boolean created = entering && rooms.add(room);
        return List.of("<presence xmlns='jabber:client' from='" + to + "' to='" + getUser() + "' id='"
                + presence.getStanzaId() + "'" + (entering ? "" : " type='unavailable'") + ">"
                + "<x xmlns='http://jabber.org/protocol/muc#user'>"
                + "<item affiliation='owner' role='" + (entering ? "moderator" : "none") + "' jid='" + getUser() + "'/>"
                + "<status code='110'/>" + (created ? "<status code='201'/>" : "") + "</x></presence>");
    }

    private List<String> answer(Message message) {
        MUCUser x = MUCUser.from(message);
        if (x != null && x.getInvite() != null) {
            return inviteError == null ? List.of() : List.of(errorMessage(message, inviteError));
        }
        if (x != null && x.getDecline() != null) {
            return declineError == null ? List.of() : List.of(errorMessage(message, declineError));
        }
        GroupChatInvitation direct = GroupChatInvitation.from(message);
        if (direct != null && message.getType() != Message.Type.error) {
            return directInviteError == null ? List.of()
                    : List.of(errorMessage(message, direct.toXML().toString() + directInviteError));
        }
        if (message.getType() == Message.Type.groupchat) {
            if (messageError != null) {
                return List.of(errorMessage(message, messageError));
            }
            if (!reflectMessages) {
                return List.of();
            }
            String payload = deliveredPayload;
            if (payload == null) {
                StringBuilder sent = new StringBuilder();
                if (message.getBody() != null) {
                    sent.append("<body>").append(escape(message.getBody())).append("</body>");
                }
                for (ExtensionElement extension : message.getExtensions()) {
                    if (!(extension instanceof Message.Body)) {
                        sent.append(extension.toXML());
                    }
                }
                payload = sent.toString();
            }
            return List.of("<message xmlns='jabber:client' type='groupchat' id='" + message.getStanzaId() + "' from='"
                    + message.getTo() + "/" + getUser().getLocalpart() + "' to='" + getUser() + "'>" + payload
                    + "</message>");
        }
        return List.of();
    }

    private String errorMessage(Message message, String error) {
        String from = errorFrom != null ? errorFrom : message.getTo().toString();
        return "<message xmlns='jabber:client' type='error' id='" + message.getStanzaId() + "' from='"
                + from + "' to='" + getUser() + "'>" + error + "</message>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
