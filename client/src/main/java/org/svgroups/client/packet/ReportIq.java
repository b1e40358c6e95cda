package org.svgroups.client.packet;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.IqData;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportTarget;

/**
 * A report ({@code urn:svgroups:report:0}, docs/report-protocol.md): as a request, a {@code set} to the group's JID
 * with {@code <report reason>} naming a message, a member or the group, and the optional text and what the reporter
 * saw; as the answer, {@code <report id/>}, the report's number.
 */
public final class ReportIq extends IQ {

    public static final String ELEMENT = "report";
    public static final String NAMESPACE = "urn:svgroups:report:0";

    private final ReportTarget target;
    private final ReportReason reason;
    private final String text;
    private final String seen;
    private final String reportId;

    public ReportIq(EntityBareJid group, ReportTarget target, ReportReason reason, String text, String seen) {
        super(ELEMENT, NAMESPACE);
        setTo(group);
        setType(Type.set);
        this.target = target;
        this.reason = reason;
        this.text = text;
        this.seen = seen;
        this.reportId = null;
    }

    /** The answer. */
    public ReportIq(IqData iqData, String reportId) {
        super(iqData, ELEMENT, NAMESPACE);
        this.target = null;
        this.reason = null;
        this.text = null;
        this.seen = null;
        this.reportId = reportId;
    }

    /** The report's number, in an answer. */
    public String getReportId() {
        return reportId;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        if (reportId != null) {
            xml.attribute("id", reportId);
            xml.setEmptyElement();
            return xml;
        }
        xml.attribute("reason", reason.word());
        xml.rightAngleBracket();
        switch (target.kind()) {
            case MESSAGE -> xml.halfOpenElement("message").attribute("id", target.ref()).closeEmptyElement();
            case MEMBER -> xml.halfOpenElement("member").attribute("jid", target.ref()).closeEmptyElement();
            case GROUP -> xml.emptyElement("group");
        }
        xml.optElement("text", text);
        xml.optElement("seen", seen);
        return xml;
    }
}
