package org.svgroups.openfire;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.dom4j.Element;
import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.links.JoinRequest;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * What the group tells people about join requests, as messages from the group's JID to their bare JIDs (so that
 * Openfire keeps them offline for whoever is away): each owner and admin gets the request as an XEP-0004 form, as
 * XEP-0045 §9.9 sends registration requests, with the request in svgroups' namespace for the app; the requester
 * learns the answer. Texts come from the plugin's bundle, in the server's language.
 */
final class LinkNotices {

    static final String REQUEST_FORM_TYPE = LinkIQHandler.NAMESPACE + "#request";

    private final PacketRouter router;
    private final BiFunction<String, List<String>, String> texts;

    LinkNotices(PacketRouter router, BiFunction<String, List<String>, String> texts) {
        this.router = router;
        this.texts = texts;
    }

    void requested(MUCRoom room, JoinRequest request) {
        String name = name(room);
        for (JID approver : approvers(room)) {
            Message message = message(room, approver);
            message.setBody(texts.apply("svgroups.links.notice.request", List.of(request.user(), name)));
            Element form = message.addChildElement("x", Stanzas.DATA_FORMS).addAttribute("type", "form");
            form.addElement("title").setText(texts.apply("svgroups.links.notice.request.title", List.of(name)));
            form.addElement("instructions").setText(texts.apply("svgroups.links.notice.request.instructions", List.of()));
            field(form, "FORM_TYPE", "hidden", null, REQUEST_FORM_TYPE);
            field(form, "group", "jid-single", texts.apply("svgroups.links.notice.request.group", List.of()), request.group());
            field(form, "user", "jid-single", texts.apply("svgroups.links.notice.request.user", List.of()), request.user());
            field(form, "approve", "boolean", texts.apply("svgroups.links.notice.request.approve", List.of()), "0");
            message.addChildElement("request", LinkIQHandler.NAMESPACE).addAttribute("group", request.group())
                    .addAttribute("user", request.user()).addAttribute("created", request.created().toString());
            router.route(message);
        }
    }

    void approved(MUCRoom room, String user) {
        tell(room, user, "svgroups.links.notice.approved");
    }

    void denied(MUCRoom room, String user) {
        tell(room, user, "svgroups.links.notice.denied");
    }

    private void tell(MUCRoom room, String user, String key) {
        Message message = message(room, new JID(user));
        message.setBody(texts.apply(key, List.of(name(room))));
        router.route(message);
    }

    private static List<JID> approvers(MUCRoom room) {
        return Stream.concat(room.getOwners().stream(), room.getAdmins().stream())
                .map(JID::asBareJID).distinct().toList();
    }

    private static Message message(MUCRoom room, JID to) {
        Message message = new Message();
        message.setType(Message.Type.normal);
        message.setFrom(room.getJID().asBareJID());
        message.setTo(to.asBareJID());
        return message;
    }

    private static String name(MUCRoom room) {
        String name = room.getNaturalLanguageName();
        return name == null || name.isBlank() ? room.getJID().getNode() : name;
    }

    private static void field(Element form, String var, String type, String label, String value) {
        Element field = form.addElement("field").addAttribute("var", var).addAttribute("type", type);
        if (label != null) {
            field.addAttribute("label", label);
        }
        field.addElement("value").setText(value);
    }
}
