package org.svgroups.openfire;

import java.util.List;

import org.dom4j.Element;
import org.dom4j.QName;
import org.jivesoftware.openfire.IQHandlerInfo;
import org.jivesoftware.openfire.handler.IQHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.IQ;
import org.xmpp.packet.PacketError;

/**
 * XEP-0425 0.3 on the group service: an IQ set to a group's JID,
 * {@code <moderate id='STANZA-ID' xmlns='urn:xmpp:message-moderate:1'><retract xmlns='urn:xmpp:message-retract:1'/>
 * <reason>optional</reason></moderate>}, from an owner or admin, in the room or not (Openfire's group service hands
 * an IQ to a room's bare JID to the handler of its namespace before the room sees it). Answered with an empty
 * result once the notice is broadcast, or an error (forbidden, item-not-found, bad-request, each with its svgroups
 * condition and a text) when nothing changed.
 */
final class ModerationIQHandler extends IQHandler {

    private static final Logger Log = LoggerFactory.getLogger(ModerationIQHandler.class);
    private static final QName RETRACT = QName.get("retract", RetractionXml.RETRACT);

    private final IQHandlerInfo info = new IQHandlerInfo("moderate", RetractionXml.MODERATE);
    private final Moderation moderation;

    ModerationIQHandler(Moderation moderation) {
        super("svgroups message moderation (XEP-0425)");
        this.moderation = moderation;
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
        Element moderate = iq.getChildElement();
        if (iq.getTo().getNode() == null) {
            return IqErrors.error(iq, PacketError.Condition.bad_request, "Send a moderation to the group's address.");
        }
        List<Element> reasons = moderate.elements(QName.get("reason", RetractionXml.MODERATE));
        if (iq.getType() != IQ.Type.set || !"moderate".equals(moderate.getName())
                || moderate.elements(RETRACT).size() != 1 || reasons.size() > 1) {
            return IqErrors.error(iq, PacketError.Condition.bad_request,
                    "Expected an IQ set: <moderate id='...'> with one <retract xmlns='" + RetractionXml.RETRACT
                            + "'/> and at most one <reason/>.");
        }
        String reason = reasons.isEmpty() ? null : reasons.get(0).getText();
        ModerationOutcome outcome;
        try {
            outcome = moderation.moderate(iq.getTo(), moderate.attributeValue("id"), iq.getFrom(), reason);
        } catch (RuntimeException e) {
            Log.warn("svgroups could not moderate a message in {}: {}", iq.getTo(), e.toString());
            return IqErrors.error(iq, PacketError.Condition.internal_server_error,
                    "The message cannot be retracted right now.");
        }
        if (outcome.refusal().isPresent()) {
            return IqErrors.refused(iq, outcome.refusal().get());
        }
        return IQ.createResultIQ(iq);
    }
}
