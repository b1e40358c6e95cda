package org.svgroups.client;

import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Localpart;
import org.jxmpp.stringprep.XmppStringprepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.client.provider.SvGroupsProviders;
import org.svgroups.core.SvGroupsProtocol;

/**
 * The group service of a connection's server, discovered or named, and the addresses of groups and users: the part
 * every other svgroups manager of the connection builds on. One instance per connection.
 *
 * <p>Groups are addressed by their {@link EntityBareJid} ({@link Group#jid()}, {@link GroupSummary#jid()} or
 * {@link #groupJid(String)}). Users may be given as a bare username, resolved against the connection's XMPP domain,
 * or as a bare JID (a {@link BareJid} is a {@link CharSequence} too).</p>
 */
public final class GroupService extends Manager {

    private static final Logger LOGGER = LoggerFactory.getLogger(GroupService.class);

    private static final Map<XMPPConnection, GroupService> INSTANCES = new WeakHashMap<>();

    static {
        SvGroupsProviders.register();
    }

    private final ServiceDiscoveryManager disco;

    private volatile DomainBareJid service;

    private GroupService(XMPPConnection connection) {
        super(connection);
        disco = ServiceDiscoveryManager.getInstanceFor(connection);
    }

    /**
     * Returns the group service of a connection, creating it on first use.
     *
     * @param connection an XMPP connection; it must be logged in before discovery.
     * @return the connection's instance.
     */
    public static synchronized GroupService getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, GroupService::new);
    }

    /**
     * Names the group service instead of discovering it.
     *
     * @param service e.g. {@code groups.example.com}; {@code null} to discover it again.
     */
    public void setService(DomainBareJid service) {
        this.service = service;
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
        DiscoverItems items = Failures.call(connection(), "discover the group service", null,
                () -> disco.discoverItems(domain));
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
                throw Failures.translate(e, "discover the group service", null, Failures.replyTimeout(connection()));
            }
        }
        throw new SvGroupsException.ServiceNotFound("no group service on " + domain + ": none of its disco#items "
                + "has feature " + SvGroupsProtocol.NAMESPACE + "; name the service explicitly (svgroups-cli: --service)");
    }

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
}
