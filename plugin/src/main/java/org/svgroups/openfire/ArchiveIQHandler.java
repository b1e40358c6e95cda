package org.svgroups.openfire;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.QName;
import org.jivesoftware.openfire.IQHandlerInfo;
import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.handler.IQHandler;
import org.jivesoftware.openfire.muc.Affiliation;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchivePage;
import org.svgroups.core.archive.ArchiveQuery;
import org.svgroups.core.archive.ArchiveQueryParser;
import org.svgroups.core.archive.ArchiveReader;
import org.svgroups.core.archive.ArchiveStore;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.archive.InvalidArchiveQueryException;
import org.svgroups.core.group.MemberSince;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.PacketError;

/**
 * XEP-0313 (urn:xmpp:mam:2, with urn:xmpp:mam:2#extended) for the groups, on the group service: a query to a
 * group's JID pages through its archive with XEP-0059, and answers each message as a {@code <message/>} to the
 * requester's full JID ({@code <result queryid id><forwarded><delay/><message/></forwarded></result>}), then the IQ
 * result ({@code <fin complete><set><first/><last/></set></fin>}). Also: the form's fields (a query get) and the
 * archive's first and last message ({@code <metadata/>}).
 *
 * <p>Openfire's group service hands an IQ addressed to a room's bare JID to the handler registered for its
 * namespace, whether or not the sender is in the room, before the room sees it. Only the group's owners, admins and
 * members now may read, each from the moment they became a member unless {@code svgroups.archive.full-history} is
 * on; anyone else gets {@code forbidden}, a group that does not exist {@code item-not-found}.
 */
final class ArchiveIQHandler extends IQHandler {

    static final String NAMESPACE = ArchiveQueryParser.NAMESPACE;
    private static final String RSM = "http://jabber.org/protocol/rsm";
    private static final String DATA_FORMS = "jabber:x:data";
    private static final Logger Log = LoggerFactory.getLogger(ArchiveIQHandler.class);

    private final IQHandlerInfo info = new IQHandlerInfo("query", NAMESPACE);
    private final GroupService groups;
    private final ArchiveStore store;
    private final ArchiveBuffer buffer;
    private final ArchiveReader reader;
    private final MemberSince memberSince;
    private final PacketRouter router;
    private final Clock clock;

    ArchiveIQHandler(GroupService groups, ArchiveStore store, ArchiveBuffer buffer, MemberSince memberSince,
                     PacketRouter router, Clock clock) {
        super("svgroups group archive (XEP-0313)");
        this.groups = groups;
        this.store = store;
        this.buffer = buffer;
        this.reader = new ArchiveReader(store);
        this.memberSince = memberSince;
        this.router = router;
        this.clock = clock;
    }

    @Override
    public IQHandlerInfo getInfo() {
        return info;
    }

    @Override
    public IQ handleIQ(IQ iq) {
        if (!iq.isRequest()) {
            return null;
        }
        Element child = iq.getChildElement();
        if (iq.getTo().getNode() == null) {
            return IqErrors.error(iq, PacketError.Condition.feature_not_implemented,
                    "The group service has no archive of its own: query a group's address.");
        }
        if (!SvGroupsProperties.ARCHIVE_ENABLED.getValue()) {
            return IqErrors.error(iq, PacketError.Condition.feature_not_implemented,
                    "Group history is turned off on this server.");
        }
        boolean query = "query".equals(child.getName());
        boolean metadata = "metadata".equals(child.getName());
        if (!(query || (metadata && iq.getType() == IQ.Type.get))) {
            return IqErrors.error(iq, PacketError.Condition.bad_request,
                    "Expected <query/> (get: the form's fields; set: a query) or <metadata/> (get).");
        }
        MUCRoom room = groups.room(iq.getTo().getNode());
        if (room == null) {
            return IqErrors.error(iq, PacketError.Condition.item_not_found, "No such group.");
        }
        JID user = iq.getFrom().asBareJID();
        Affiliation affiliation = room.getAffiliation(user);
        if (!GroupService.isPartOf(affiliation)) {
            return IqErrors.error(iq, PacketError.Condition.forbidden,
                    "Only the group's owners, admins and members may read its history.");
        }
        if (query && iq.getType() == IQ.Type.get) {
            return fields(iq);
        }
        String group = room.getJID().toBareJID();
        try {
            Instant readableFrom = SvGroupsProperties.ARCHIVE_FULL_HISTORY.getValue() ? null
                    // No moment recorded yet (its write failed, or has not happened yet): nothing from before now.
                    : memberSince.since(group, user.toBareJID()).orElseGet(clock::instant);
            if (buffer.hasPending(group)) {
                // So that a sender finds their message at once; on this IQ thread, never the message path.
                buffer.flushTo(store);
            }
            return metadata ? metadata(iq, group, readableFrom) : query(iq, group, readableFrom);
        } catch (InvalidArchiveQueryException e) {
            return IqErrors.error(iq, condition(e.condition()), e.getMessage());
        } catch (RuntimeException e) {
            Log.warn("svgroups could not read the archive of {}: {}", group, e.toString());
            return IqErrors.error(iq, PacketError.Condition.internal_server_error,
                    "The group's history cannot be read right now.");
        }
    }

    private IQ query(IQ iq, String group, Instant readableFrom) {
        Element child = iq.getChildElement();
        ArchiveQuery query = ArchiveQueryParser.parse(formFields(child), rsm(child, "max"), rsm(child, "after"),
                rsm(child, "before"), child.element("flip-page") != null);
        ArchivePage page = reader.read(group, query, readableFrom);
        String queryId = child.attributeValue("queryid");
        for (ArchivedMessage message : page.messages()) {
            router.route(result(iq.getFrom(), group, queryId, message));
        }
        IQ reply = IQ.createResultIQ(iq);
        Element fin = reply.setChildElement("fin", NAMESPACE);
        if (queryId != null) {
            fin.addAttribute("queryid", queryId);
        }
        fin.addAttribute("complete", Boolean.toString(page.complete()));
        Element set = fin.addElement(QName.get("set", RSM));
        if (!page.messages().isEmpty()) {
            set.addElement("first").setText(page.messages().get(0).id());
            set.addElement("last").setText(page.messages().get(page.messages().size() - 1).id());
        }
        return reply;
    }

    private Message result(JID to, String group, String queryId, ArchivedMessage archived) {
        Element stored;
        try {
            stored = DocumentHelper.parseText(archived.stanza()).getRootElement();
        } catch (DocumentException e) {
            throw new IllegalStateException("archived message " + archived.id() + " is not XML", e);
        }
        Message message = new Message();
        message.setTo(to);
        message.setFrom(group);
        Element result = message.getElement().addElement(QName.get("result", NAMESPACE));
        if (queryId != null) {
            result.addAttribute("queryid", queryId);
        }
        result.addAttribute("id", archived.id());
        Element forwarded = result.addElement(QName.get("forwarded", "urn:xmpp:forward:0"));
        forwarded.addElement(QName.get("delay", "urn:xmpp:delay")).addAttribute("stamp", archived.sentAt().toString());
        forwarded.add(stored.detach());
        return message;
    }

    private IQ metadata(IQ iq, String group, Instant readableFrom) {
        IQ reply = IQ.createResultIQ(iq);
        Element metadata = reply.setChildElement("metadata", NAMESPACE);
        Optional<ArchiveReader.Bounds> bounds = reader.bounds(group, readableFrom);
        bounds.ifPresent(b -> {
            metadata.addElement("start").addAttribute("id", b.first().id()).addAttribute("timestamp", b.first().sentAt().toString());
            metadata.addElement("end").addAttribute("id", b.last().id()).addAttribute("timestamp", b.last().sentAt().toString());
        });
        return reply;
    }

    /** The query form's fields, as XEP-0313 describes them (a query get). */
    private static IQ fields(IQ iq) {
        IQ reply = IQ.createResultIQ(iq);
        Element form = reply.setChildElement("query", NAMESPACE).addElement(QName.get("x", DATA_FORMS))
                .addAttribute("type", "form");
        form.addElement("field").addAttribute("type", "hidden").addAttribute("var", "FORM_TYPE")
                .addElement("value").setText(NAMESPACE);
        form.addElement("field").addAttribute("type", "text-single").addAttribute("var", "start");
        form.addElement("field").addAttribute("type", "text-single").addAttribute("var", "end");
        form.addElement("field").addAttribute("type", "text-single").addAttribute("var", "after-id");
        form.addElement("field").addAttribute("type", "text-single").addAttribute("var", "before-id");
        return reply;
    }

    /** The submitted form's fields by name, null when the query has none; refuses a malformed form. */
    private static Map<String, List<String>> formFields(Element query) {
        List<Element> forms = query.elements(QName.get("x", DATA_FORMS));
        if (forms.isEmpty()) {
            return null;
        }
        if (forms.size() > 1 || !"submit".equals(forms.get(0).attributeValue("type"))) {
            throw new InvalidArchiveQueryException(InvalidArchiveQueryException.Condition.BAD_REQUEST,
                    "A query takes at most one data form, of type 'submit'.");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element field : forms.get(0).elements("field")) {
            String name = field.attributeValue("var");
            if (name == null || name.isEmpty() || fields.containsKey(name)) {
                throw new InvalidArchiveQueryException(InvalidArchiveQueryException.Condition.BAD_REQUEST,
                        "Every field of the form needs its own name ('var').");
            }
            List<String> values = new ArrayList<>();
            for (Element value : field.elements("value")) {
                values.add(value.getText());
            }
            fields.put(name, values);
        }
        return fields;
    }

    /** The text of an RSM element of the query, or null when absent. */
    private static String rsm(Element query, String name) {
        Element set = query.element(QName.get("set", RSM));
        if (set == null) {
            return null;
        }
        if (set.element("index") != null) {
            throw new InvalidArchiveQueryException(InvalidArchiveQueryException.Condition.FEATURE_NOT_IMPLEMENTED,
                    "Paging by <index/> is not supported: page with <after/> and <before/>.");
        }
        Element element = set.element(name);
        return element == null ? null : element.getText();
    }

    private static PacketError.Condition condition(InvalidArchiveQueryException.Condition condition) {
        return switch (condition) {
            case BAD_REQUEST -> PacketError.Condition.bad_request;
            case FEATURE_NOT_IMPLEMENTED -> PacketError.Condition.feature_not_implemented;
            case ITEM_NOT_FOUND -> PacketError.Condition.item_not_found;
        };
    }
}
