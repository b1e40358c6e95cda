package org.svgroups.openfire;

import java.util.Optional;

import org.dom4j.Element;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.PacketError;

/**
 * An approver answers a join request by submitting its form in a message to the group, as XEP-0045 §9.9 has
 * registration requests answered: {@code approve} true lets the requester in, false declines. The message is
 * consumed (Openfire's room would refuse it from someone not in the room); a refused answer is refused with its
 * error, and anything else passes untouched.
 */
final class LinkAnswerInterceptor implements PacketInterceptor {

    private static final Logger Log = LoggerFactory.getLogger(LinkAnswerInterceptor.class);

    private final GroupService groups;
    private final LinkJoins joins;

    LinkAnswerInterceptor(GroupService groups, LinkJoins joins) {
        this.groups = groups;
        this.joins = joins;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed)
            throws PacketRejectedException {
        if (!incoming || processed || !(packet instanceof Message message)) {
            return;
        }
        Optional<Element> form = answerForm(message);
        // The type after the address: reading it parses an enum, on every copy a room sends.
        if (form.isEmpty() || message.getType() == Message.Type.error) {
            return;
        }
        JID to = message.getTo();
        String user = Stanzas.bareJid(value(form.get(), "user")).orElse(null);
        String approve = value(form.get(), "approve");
        PacketRejectedException consumed = new PacketRejectedException("join request answered");
        try {
            if (user == null || !joins.answer(to.getNode(), message.getFrom(), user,
                    "1".equals(approve) || "true".equals(approve))) {
                consumed.setRejectionError(new PacketError(PacketError.Condition.item_not_found,
                        PacketError.Type.cancel, "There is no pending request of " + user + " to join this group.", "en"));
            }
        } catch (LinkRefusedException e) {
            consumed.setRejectionError(Refusals.toPacketError(e.refusal()));
        } catch (RuntimeException e) {
            Log.error("svgroups could not answer a join request: {}", message.toXML(), e);
            consumed.setRejectionError(new PacketError(PacketError.Condition.internal_server_error));
        }
        throw consumed;
    }

    /** The submitted request form of a message to a group (its bare JID), if it is one. */
    Optional<Element> answerForm(Message message) {
        // Every copy a room sends passes here too (32 per message in a full group): tell them from the raw
        // address, before looking into the message.
        String address = message.getElement().attributeValue("to");
        if (address == null || !GroupStanzaInterceptor.hasDomain(message, address, groups.domain(), Packet::getTo)) {
            return Optional.empty();
        }
        JID to = message.getTo();
        return to.getNode() == null || to.getResource() != null ? Optional.empty() : requestForm(message);
    }

    /** The submitted request form the message carries, if it does. */
    private static Optional<Element> requestForm(Message message) {
        for (Element x : message.getElement().elements("x")) {
            if (Stanzas.DATA_FORMS.equals(x.getNamespaceURI()) && "submit".equals(x.attributeValue("type"))
                    && LinkNotices.REQUEST_FORM_TYPE.equals(value(x, "FORM_TYPE"))) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    private static String value(Element form, String var) {
        for (Element field : form.elements("field")) {
            if (var.equals(field.attributeValue("var"))) {
                return field.elementTextTrim("value");
            }
        }
        return null;
    }
}
