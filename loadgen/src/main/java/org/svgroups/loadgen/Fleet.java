package org.svgroups.loadgen;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;
import org.svgroups.client.SvGroupsClient;

/**
 * One logged-in connection per load user, wrapped in the client library's {@link SvGroupsClient}, over plain TCP
 * on loopback (TLS would measure the ciphers, not the groups) with Nagle's algorithm off.
 */
final class Fleet implements AutoCloseable {

    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);

    private final List<String> usernames;
    private final List<SvGroupsClient> clients;
    private final String domain;

    private Fleet(List<String> usernames, List<SvGroupsClient> clients, String domain) {
        this.usernames = usernames;
        this.clients = clients;
        this.domain = domain;
    }

    /** Logs everyone in, eight at a time. */
    static Fleet connect(Options options, List<String> usernames) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SvGroupsClient>> logins = new ArrayList<>();
            for (String username : usernames) {
                XMPPTCPConnectionConfiguration config = configuration(options, username, "loadgen");
                logins.add(pool.submit(() -> login(config)));
            }
            List<SvGroupsClient> clients = new ArrayList<>();
            for (Future<SvGroupsClient> login : logins) {
                clients.add(login.get());
            }
            return new Fleet(List.copyOf(usernames), clients, options.domain());
        } finally {
            pool.shutdown();
        }
    }

    static XMPPTCPConnectionConfiguration configuration(Options options, String username, String resource)
            throws UnknownHostException, XmppStringprepException {
        return XMPPTCPConnectionConfiguration.builder()
                .setHostAddress(InetAddress.getByName(options.host())).setPort(options.port())
                .setXmppDomain(options.domain()).setUsernameAndPassword(username, options.password())
                .setResource(resource).setSecurityMode(SecurityMode.disabled)
                .setSocketFactory(new NoDelaySocketFactory()).build();
    }

    /** Logs in over a connection set up here (the client library's own has Nagle on) and wraps it in the client. */
    static SvGroupsClient login(XMPPTCPConnectionConfiguration config) throws Exception {
        XMPPTCPConnection connection = new XMPPTCPConnection(config);
        connection.setReplyTimeout(REPLY_TIMEOUT.toMillis());
        // The load needs no roster; skipping it saves a round trip per login, as the client library does.
        Roster.getInstanceFor(connection).setRosterLoadedAtLogin(false);
        connection.connect().login();
        return SvGroupsClient.over(connection);
    }

    int size() {
        return clients.size();
    }

    /** The user's client library facade. */
    SvGroupsClient client(int user) {
        return clients.get(user);
    }

    AbstractXMPPConnection connection(int user) {
        return clients.get(user).connection();
    }

    EntityBareJid jid(int user) {
        return JidCreate.entityBareFromOrThrowUnchecked(usernames.get(user) + "@" + domain);
    }

    Resourcepart nickname(int user) {
        return Resourcepart.fromOrThrowUnchecked(usernames.get(user));
    }

    /** The user's handle on a room (Smack keeps one per connection and room). */
    MultiUserChat room(int user, EntityBareJid room) {
        return MultiUserChatManager.getInstanceFor(connection(user)).getMultiUserChat(room);
    }

    @Override
    public void close() {
        clients.forEach(SvGroupsClient::close);
    }
}
