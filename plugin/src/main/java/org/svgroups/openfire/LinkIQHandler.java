package org.svgroups.openfire;

import java.util.List;

import org.dom4j.Element;
import org.jivesoftware.openfire.IQHandlerInfo;
import org.jivesoftware.openfire.handler.IQHandler;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.links.LinkUri;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.PacketError;

/**
 * Invite links ({@code urn:svgroups:links:0}, docs/links-protocol.md), on the group service:
 * <ul>
 * <li>to a group: {@code <create/>}, {@code <links/>} (get), {@code <revoke/>}, {@code <join/>},
 * {@code <requests/>} (get, owners and admins), {@code <approve/>} and {@code <deny/>};</li>
 * <li>to the service: {@code <requests/>} (get), the sender's own pending join requests.</li>
 * </ul>
 * Openfire hands an IQ addressed to a group to the handler of its namespace whether or not the sender is in the
 * group, which a join needs.
 */
final class LinkIQHandler extends IQHandler {

    static final String NAMESPACE = "urn:svgroups:links:0";

    private final IQHandlerInfo info = new IQHandlerInfo("link", NAMESPACE);
    private final GroupService groups;
    private final LinkJoins joins;

    LinkIQHandler(GroupService groups, LinkJoins joins) {
        super("svgroups invite links");
        this.groups = groups;
        this.joins = joins;
    }

    @Override
    public IQHandlerInfo getInfo() {
        return info;
    }

    @Override
    public IQ handleIQ(IQ iq) {
        if (iq.isResponse()) {
            return null;
        }
        Element child = iq.getChildElement();
        String name = child.getName();
        String room = iq.getTo().getNode();
        JID from = iq.getFrom();
        boolean get = iq.getType() == IQ.Type.get;
        try {
            if (room == null) {
                return get && "requests".equals(name) ? ownRequests(iq) : unexpected(iq);
            }
            if (get) {
                return switch (name) {
                    case "links" -> links(iq, joins.list(room, from));
                    case "requests" -> groupRequests(iq, joins.requestsOf(room, from));
                    default -> unexpected(iq);
                };
            }
            return switch (name) {
                case "create" -> created(iq, joins.create(room, from, number(child, "days"), number(child, "uses")));
                case "revoke" -> {
                    joins.revoke(room, from, child.attributeValue("id"));
                    yield IQ.createResultIQ(iq);
                }
                case "join" -> {
                    joins.join(room, from, child.attributeValue("token"));
                    yield IQ.createResultIQ(iq);
                }
                case "approve", "deny" -> answer(iq, room, from, child, "approve".equals(name));
                default -> unexpected(iq);
            };
        } catch (LinkRefusedException e) {
            return error(iq, Refusals.toPacketError(e.refusal()));
        } catch (IllegalArgumentException e) {
            return error(iq, new PacketError(PacketError.Condition.bad_request, PacketError.Type.modify, e.getMessage(), "en"));
        }
    }

    private IQ created(IQ iq, LinkJoins.Created created) {
        IQ reply = IQ.createResultIQ(iq);
        Element link = describe(reply.setChildElement("create", NAMESPACE).addElement("link"), created.link());
        link.addAttribute("token", created.token())
                .addAttribute("uri", new LinkUri(created.link().group(), created.token()).uri());
        return reply;
    }

    private IQ links(IQ iq, List<InviteLink> links) {
        IQ reply = IQ.createResultIQ(iq);
        Element list = reply.setChildElement("links", NAMESPACE);
        links.forEach(link -> describe(list.addElement("link"), link));
        return reply;
    }

    private static Element describe(Element element, InviteLink link) {
        element.addAttribute("id", link.id())
                .addAttribute("creator", link.creator())
                .addAttribute("created", link.created().toString())
                .addAttribute("expires", link.expires().toString())
                .addAttribute("uses", Integer.toString(link.uses()));
        if (link.maxUses() > 0) {
            element.addAttribute("max-uses", Integer.toString(link.maxUses()));
        }
        return element;
    }

    private IQ groupRequests(IQ iq, List<JoinRequest> requests) {
        IQ reply = IQ.createResultIQ(iq);
        Element list = reply.setChildElement("requests", NAMESPACE);
        for (JoinRequest request : requests) {
            list.addElement("request").addAttribute("user", request.user()).addAttribute("link", request.linkId())
                    .addAttribute("created", request.created().toString());
        }
        return reply;
    }

    private IQ ownRequests(IQ iq) {
        IQ reply = IQ.createResultIQ(iq);
        Element list = reply.setChildElement("requests", NAMESPACE);
        for (JoinRequest request : joins.requestsBy(iq.getFrom())) {
            MUCRoom room = groups.room(new JID(request.group()).getNode());
            list.addElement("request").addAttribute("group", request.group())
                    .addAttribute("name", room == null ? null : room.getNaturalLanguageName())
                    .addAttribute("created", request.created().toString());
        }
        return reply;
    }

    private IQ answer(IQ iq, String room, JID from, Element child, boolean approve) throws LinkRefusedException {
        String user = Stanzas.bareJid(child.attributeValue("user"))
                .orElseThrow(() -> new IllegalArgumentException("Name the requester: user='their bare JID'."));
        if (!joins.answer(room, from, user, approve)) {
            return error(iq, new PacketError(PacketError.Condition.item_not_found, PacketError.Type.cancel,
                    "There is no pending request of " + user + " to join this group (answered already?).", "en"));
        }
        return IQ.createResultIQ(iq);
    }

    /** An optional whole-number attribute. */
    private static Integer number(Element element, String attribute) {
        String value = element.attributeValue(attribute);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + attribute + "' must be a whole number.");
        }
    }

    private static IQ unexpected(IQ iq) {
        return error(iq, new PacketError(PacketError.Condition.bad_request, PacketError.Type.modify,
                "Expected, to a group: <create/>, <links/> (get), <revoke/>, <join/>, <requests/> (get), <approve/> or "
                        + "<deny/>; to the service: <requests/> (get).", "en"));
    }

    /**
     * An error without the request's child (RFC 6120 lets it out): a join carries a token, which is not sent back,
     * and whatever a sender put into the request stays theirs.
     */
    private static IQ error(IQ iq, PacketError error) {
        IQ reply = IQ.createResultIQ(iq);
        reply.setError(error);
        return reply;
    }
}
