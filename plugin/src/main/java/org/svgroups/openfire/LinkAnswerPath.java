package org.svgroups.openfire;

import java.util.Optional;

import org.dom4j.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.PacketError;

/**
 * An approver answers a join request by submitting its form in a message to the group, as XEP-0045 §9.9 has
 * registration requests answered: {@code approve} true lets the requester in, false declines. The message is
 * consumed (Openfire's room would refuse it from someone not in the room); a refused answer is refused with its
 * error, and anything else passes untouched.
 *
 * <p>{@link GroupStanzaInterceptor} hands it the messages to a group's bare JID that its own paths let through, so
 * that a room's 32 copies of each message are told from their address once, not once per interceptor.
 */
final class LinkAnswerPath {

    private static final Logger Log = LoggerFactory.getLogger(LinkAnswerPath.class);

    /** {@link LinkJoins#answer}. */
    @FunctionalInterface
    interface Answers {
        /** @return false when there is no such request */
        boolean answer(String roomName, JID approver, String user, boolean approve) throws LinkRefusedException;
    }

    private final Answers joins;

    LinkAnswerPath(Answers joins) {
        this.joins = joins;
    }

    /** @param group the message's {@code to}, a group's bare JID */
    Verdict check(Message message, JID group) {
        Optional<Element> form = requestForm(message);
        // The type after the form: reading it parses an enum.
        if (form.isEmpty() || message.getType() == Message.Type.error) {
            return Verdict.PASS;
        }
        String user = Stanzas.bareJid(value(form.get(), "user")).orElse(null);
        String approve = value(form.get(), "approve");
        try {
            if (user == null || !joins.answer(group.getNode(), message.getFrom(), user,
                    "1".equals(approve) || "true".equals(approve))) {
                return Verdict.answered(new PacketError(PacketError.Condition.item_not_found,
                        PacketError.Type.cancel, "There is no pending request of " + user + " to join this group.", "en"));
            }
        } catch (LinkRefusedException e) {
            return Verdict.answered(Refusals.toPacketError(e.refusal()));
        } catch (RuntimeException e) {
            Log.error("svgroups could not answer a join request: {}", message.toXML(), e);
            return Verdict.answered(new PacketError(PacketError.Condition.internal_server_error));
        }
        return Verdict.HANDLED;
    }

    /** The submitted request form the message carries, if it does. */
    static Optional<Element> requestForm(Message message) {
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
