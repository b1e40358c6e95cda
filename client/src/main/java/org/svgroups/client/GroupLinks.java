package org.svgroups.client;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.WeakHashMap;

import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.svgroups.client.packet.LinksIq;
import org.svgroups.client.provider.SvGroupsProviders;
import org.svgroups.core.links.LinkUri;
import org.svgroups.core.refusal.AppCondition;

/**
 * Invite links ({@code urn:svgroups:links:0}): creating, listing and revoking a group's links, joining a group by a
 * link, and the join requests of groups that hold newcomers for approval. One instance per connection.
 */
public final class GroupLinks extends Manager {

    private static final Map<XMPPConnection, GroupLinks> INSTANCES = new WeakHashMap<>();

    static {
        SvGroupsProviders.register();
    }

    private final GroupService groupService;

    private GroupLinks(XMPPConnection connection) {
        super(connection);
        groupService = GroupService.getInstanceFor(connection);
    }

    /**
     * Returns the links manager of a connection, creating it on first use.
     *
     * @param connection an XMPP connection; it must be logged in before any group operation.
     * @return the connection's instance.
     */
    public static synchronized GroupLinks getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, GroupLinks::new);
    }

    /**
     * Creates a link of the group (owners and admins; members too where the server allows).
     *
     * @param days how many days it lives; null: the server's default (7 days unless set otherwise).
     * @param uses how many people may use it; null: no limit.
     * @throws SvGroupsException.Refused e.g. {@link AppCondition#LINK_FORBIDDEN}, or {@code bad-request} for terms
     *         out of range.
     * @throws SvGroupsException on any other failure.
     */
    public CreatedLink create(EntityBareJid group, Integer days, Integer uses) throws SvGroupsException {
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("days", days == null ? null : days.toString());
        terms.put("uses", uses == null ? null : uses.toString());
        List<Map<String, String>> items = items(request(group, IQ.Type.set, "create", terms, "create a link of " + group));
        if (items.isEmpty()) {
            throw new SvGroupsException("the server created a link of " + group + " but did not return it");
        }
        Map<String, String> link = items.get(0);
        return new CreatedLink(link(link), link.get("token"), link.get("uri"));
    }

    /** The group's active links: all of them for owners and admins, one's own for members. */
    public List<LinkInfo> links(EntityBareJid group) throws SvGroupsException {
        List<LinkInfo> links = new ArrayList<>();
        for (Map<String, String> item : items(request(group, IQ.Type.get, "links", Map.of(), "list the links of " + group))) {
            links.add(link(item));
        }
        return links;
    }

    /** Revokes a link of the group by its id ({@link LinkInfo#id()}). */
    public void revoke(EntityBareJid group, String id) throws SvGroupsException {
        request(group, IQ.Type.set, "revoke", Map.of("id", Objects.requireNonNull(id, "id")), "revoke link " + id);
    }

    /**
     * Joins the group a link opens.
     *
     * @param uri {@code xmpp:GROUP?svgroups-join;token=TOKEN}
     * @return the group, of which this user is now a member.
     * @throws IllegalArgumentException if {@code uri} is not an invite link.
     * @throws SvGroupsException.Refused {@link AppCondition#LINK_INVALID}, {@link AppCondition#LINK_EXPIRED},
     *         {@link AppCondition#LINK_REVOKED}, {@link AppCondition#LINK_USED_UP}, {@link AppCondition#APPROVAL_PENDING}
     *         (the request waits for an owner or admin), {@link AppCondition#RATE_LIMITED} and the group rules' own.
     * @throws SvGroupsException on any other failure.
     */
    public EntityBareJid join(String uri) throws SvGroupsException {
        LinkUri link = LinkUri.parse(uri).orElseThrow(() -> new IllegalArgumentException("not an invite link: " + uri));
        EntityBareJid group = groupService.groupJid(link.group());
        join(group, link.token());
        return group;
    }

    /** Joins the group with a link's token. @see #join(String) */
    public void join(EntityBareJid group, String token) throws SvGroupsException {
        request(group, IQ.Type.set, "join", Map.of("token", Objects.requireNonNull(token, "token")), "join " + group + " by link");
    }

    /** The group's pending join requests (owners and admins). */
    public List<LinkRequest> requests(EntityBareJid group) throws SvGroupsException {
        List<LinkRequest> requests = new ArrayList<>();
        for (Map<String, String> item : items(request(group, IQ.Type.get, "requests", Map.of(),
                "list the join requests of " + group))) {
            requests.add(new LinkRequest(group, jid(item, "user"), "", instant(item, "created")));
        }
        return requests;
    }

    /** This user's own join requests that wait for an answer. */
    public List<LinkRequest> myRequests() throws SvGroupsException {
        List<LinkRequest> requests = new ArrayList<>();
        for (Map<String, String> item : items(request(groupService.getService(), IQ.Type.get, "requests", Map.of(),
                "list my join requests"))) {
            requests.add(new LinkRequest(jid(item, "group"), connection().getUser().asEntityBareJid(),
                    item.getOrDefault("name", ""), instant(item, "created")));
        }
        return requests;
    }

    /** Lets the requester into the group (owners and admins). */
    public void approve(EntityBareJid group, CharSequence user) throws SvGroupsException {
        answer(group, user, "approve");
    }

    /** Declines the request; the requester is told politely. */
    public void deny(EntityBareJid group, CharSequence user) throws SvGroupsException {
        answer(group, user, "deny");
    }

    private void answer(EntityBareJid group, CharSequence user, String element) throws SvGroupsException {
        EntityBareJid requester = groupService.userJid(user);
        request(group, IQ.Type.set, element, Map.of("user", requester.toString()), element + " " + requester + " in " + group);
    }

    private IQ request(Jid to, IQ.Type type, String element, Map<String, String> attributes, String action)
            throws SvGroupsException {
        EntityBareJid group = to.asEntityBareJidIfPossible();
        return Failures.request(connection(), action, group, new LinksIq(to, type, element, attributes));
    }

    private static List<Map<String, String>> items(IQ result) {
        return result instanceof LinksIq ? ((LinksIq) result).getItems() : List.of();
    }

    private static LinkInfo link(Map<String, String> item) throws SvGroupsException {
        String max = item.get("max-uses");
        try {
            return new LinkInfo(item.get("id"), jid(item, "creator"), instant(item, "created"), instant(item, "expires"),
                    Integer.parseInt(item.getOrDefault("uses", "0")),
                    max == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(max)));
        } catch (NumberFormatException e) {
            throw new SvGroupsException("malformed link " + item + ": " + e.getMessage());
        }
    }

    private static EntityBareJid jid(Map<String, String> item, String attribute) throws SvGroupsException {
        try {
            return JidCreate.entityBareFrom(Objects.requireNonNull(item.get(attribute), attribute));
        } catch (XmppStringprepException | NullPointerException e) {
            throw new SvGroupsException("malformed " + attribute + " in " + item);
        }
    }

    private static Instant instant(Map<String, String> item, String attribute) throws SvGroupsException {
        try {
            return Instant.parse(Objects.requireNonNull(item.get(attribute), attribute));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new SvGroupsException("malformed " + attribute + " in " + item);
        }
    }
}
