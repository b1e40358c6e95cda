package org.svgroups.openfire;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.dom4j.Element;
import org.jivesoftware.openfire.IQHandlerInfo;
import org.jivesoftware.openfire.handler.IQHandler;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.group.MemberSince;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.reports.Report;
import org.svgroups.core.reports.ReportDecision;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportRequest;
import org.svgroups.core.reports.ReportRules;
import org.svgroups.core.reports.ReportTarget;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.PacketError;

/**
 * Reports ({@code urn:svgroups:report:0}, docs/report-protocol.md): an IQ set to a group's JID,
 * {@code <report reason='...'>} with one of {@code <message id='stanza-id'/>}, {@code <member jid='...'/>} or
 * {@code <group/>}, and optionally {@code <text/>} and {@code <seen/>}. The answer is {@code <report id='...'/>},
 * the same for a repeated report of the same thing. Only the group's owners, admins and members report in it
 * ({@code forbidden} otherwise), and a message only among those they may read, as the archive serves them.
 */
final class ReportIQHandler extends IQHandler {

    static final String NAMESPACE = "urn:svgroups:report:0";
    private static final Logger Log = LoggerFactory.getLogger(ReportIQHandler.class);

    private final IQHandlerInfo info = new IQHandlerInfo("report", NAMESPACE);
    private final GroupService groups;
    private final ReportRules rules;
    private final MemberSince memberSince;
    private final Consumer<Report> newReports;
    private final Clock clock;

    /**
     * @param newReports told of each report as it is first kept (not of repeats)
     */
    ReportIQHandler(GroupService groups, ReportRules rules, MemberSince memberSince, Consumer<Report> newReports,
                    Clock clock) {
        super("svgroups reports");
        this.groups = groups;
        this.rules = rules;
        this.memberSince = memberSince;
        this.newReports = newReports;
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
        if (iq.getType() != IQ.Type.set || iq.getTo().getNode() == null || !"report".equals(child.getName())) {
            return IqErrors.error(iq, PacketError.Condition.bad_request,
                    "Expected <report/> (set, to a group's address).");
        }
        MUCRoom room = groups.room(iq.getTo().getNode());
        if (room == null) {
            return IqErrors.error(iq, PacketError.Condition.item_not_found, "No such group.");
        }
        String reporter = iq.getFrom().toBareJID();
        if (!GroupService.isPartOf(room.getAffiliation(iq.getFrom().asBareJID()))) {
            return IqErrors.refused(iq,
                    Refusal.of(AppCondition.NOT_MEMBER, "Only the group's members may report in it."));
        }
        Optional<ReportReason> reason = ReportReason.fromWord(child.attributeValue("reason", ""));
        if (reason.isEmpty()) {
            return IqErrors.refused(iq, Refusal.of(AppCondition.REPORT_INVALID,
                    "The reason must be one of: spam, harassment, hate, violence, sexual, self-harm, minor-safety, scam, other."));
        }
        String group = room.getJID().toBareJID();
        Optional<ReportTarget> target = target(child, group);
        if (target.isEmpty()) {
            return IqErrors.refused(iq, Refusal.of(AppCondition.REPORT_INVALID,
                    "A report names exactly one of <message id='...'/>, <member jid='...'/> or <group/>."));
        }
        try {
            ReportDecision decision = take(room, reporter, target.get(), reason.get(), text(child, "text"), text(child, "seen"));
            if (!decision.isKept()) {
                return IqErrors.refused(iq, decision.refusal());
            }
            IQ reply = IQ.createResultIQ(iq);
            reply.setChildElement("report", NAMESPACE).addAttribute("id", Long.toString(decision.report().id()));
            return reply;
        } catch (RuntimeException e) {
            Log.warn("svgroups could not take a report in {}: {}", group, e.toString());
            return IqErrors.error(iq, PacketError.Condition.internal_server_error,
                    "The report cannot be taken right now.");
        }
    }

    /**
     * Takes a member's report in the group, reading what they may read as the archive does; a new report is logged
     * and told to {@code newReports}.
     */
    ReportDecision take(MUCRoom room, String reporter, ReportTarget target, ReportReason reason, String text,
                        String seen) {
        String group = room.getJID().toBareJID();
        Instant readableFrom = SvGroupsProperties.ARCHIVE_FULL_HISTORY.getValue() ? null
                // As the archive reads: no moment recorded yet means nothing from before now.
                : memberSince.since(group, reporter).orElseGet(clock::instant);
        ReportDecision decision = rules.report(new ReportRequest(group, GroupService.membership(room), reporter,
                readableFrom, target, reason, text, seen));
        if (decision.isNew()) {
            Log.info("svgroups: report {} ({}) of the {} {} in {}.", decision.report().id(), reason.word(),
                    target.kind().word(), target.ref(), group);
            newReports.accept(decision.report());
        }
        return decision;
    }

    /** The one target the report names, if it names exactly one and in the expected form. */
    private static Optional<ReportTarget> target(Element report, String group) {
        List<Element> targets = report.elements().stream()
                .filter(e -> NAMESPACE.equals(e.getNamespaceURI()) && List.of("message", "member", "group").contains(e.getName()))
                .toList();
        if (targets.size() != 1) {
            return Optional.empty();
        }
        Element target = targets.get(0);
        return switch (target.getName()) {
            case "message" -> nonEmpty(target.attributeValue("id")).map(ReportTarget::message);
            case "member" -> nonEmpty(target.attributeValue("jid")).flatMap(ReportIQHandler::bareJid).map(ReportTarget::member);
            default -> Optional.of(ReportTarget.group(group));
        };
    }

    private static Optional<String> bareJid(String jid) {
        try {
            return Optional.of(new JID(jid).toBareJID());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The text of the report's child element, null when absent. */
    private static String text(Element report, String name) {
        Element element = report.element(name);
        return element == null ? null : element.getText();
    }
}
