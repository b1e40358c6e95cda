package org.svgroups.openfire;

import org.dom4j.Element;
import org.dom4j.QName;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.reports.ReportDecision;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportTarget;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;

/**
 * XEP-0377 reports carried by an XEP-0191 block, as far as they name a group's message: a user blocking someone
 * with {@code <report xmlns='urn:xmpp:reporting:1' reason='urn:xmpp:reporting:spam'>} and
 * {@code <stanza-id xmlns='urn:xmpp:sid:0' by='GROUP' id='...'/>} children reports each of those messages, in its
 * group, as {@code spam} (or {@code other} for {@code urn:xmpp:reporting:abuse}), with the report's {@code <text/>}.
 * Openfire 5.1.1 handles the block itself and ignores the report; this interceptor sees the IQ before it and never
 * changes or refuses it. What the rules refuse (not a member, a message the user cannot read, the rate limit) is
 * dropped: XEP-0377 has no answer for it.
 */
final class BlockReports implements PacketInterceptor {

    static final String BLOCKING = "urn:xmpp:blocking";
    static final String REPORTING = "urn:xmpp:reporting:1";
    private static final QName REPORT = QName.get("report", REPORTING);
    private static final QName STANZA_ID = QName.get("stanza-id", "urn:xmpp:sid:0");
    private static final Logger Log = LoggerFactory.getLogger(BlockReports.class);

    private final GroupService groups;
    private final ReportIQHandler reports;

    BlockReports(GroupService groups, ReportIQHandler reports) {
        this.groups = groups;
        this.reports = reports;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed) {
        if (!incoming || processed || !(packet instanceof IQ iq) || iq.getType() != IQ.Type.set || iq.getFrom() == null) {
            return;
        }
        Element block = iq.getChildElement();
        if (block == null || !"block".equals(block.getName()) || !BLOCKING.equals(block.getNamespaceURI())) {
            return;
        }
        for (Element item : block.elements("item")) {
            Element report = item.element(REPORT);
            if (report != null) {
                take(iq.getFrom().toBareJID(), report);
            }
        }
    }

    private void take(String reporter, Element report) {
        ReportReason reason = ReportReason.fromXep0377(report.attributeValue("reason")).orElse(ReportReason.OTHER);
        Element textElement = report.element("text");
        String text = textElement == null ? null : textElement.getText();
        for (Element stanzaId : report.elements(STANZA_ID)) {
            String by = stanzaId.attributeValue("by");
            String id = stanzaId.attributeValue("id");
            JID group = by == null ? null : parse(by);
            if (group == null || id == null || id.isEmpty() || group.getNode() == null
                    || !groups.domain().equals(group.getDomain())) {
                continue;
            }
            MUCRoom room = groups.room(group.getNode());
            if (room == null || !GroupService.isPartOf(room.getAffiliation(new JID(reporter)))) {
                continue;
            }
            try {
                ReportDecision decision = reports.take(room, reporter, ReportTarget.message(id), reason, text, null);
                if (!decision.isKept()) {
                    Log.debug("svgroups: XEP-0377 report by {} of {} not taken: {}", reporter, id, decision.refusal());
                }
            } catch (RuntimeException e) {
                Log.warn("svgroups could not take an XEP-0377 report in {}: {}", group, e.toString());
            }
        }
    }

    private static JID parse(String jid) {
        try {
            return new JID(jid);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
