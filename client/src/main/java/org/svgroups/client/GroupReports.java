package org.svgroups.client;

import java.util.Map;
import java.util.WeakHashMap;

import org.jivesoftware.smack.Manager;
import org.jivesoftware.smack.XMPPConnection;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.packet.ReportIq;
import org.svgroups.client.provider.SvGroupsProviders;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportTarget;

/**
 * Reports a message (by its stanza-id, as {@link HistoryMessage#id()} gives it), a member or a whole group to the
 * server's moderators ({@code urn:svgroups:report:0}). Reporting the same thing again answers the same report. One
 * instance per connection.
 */
public final class GroupReports extends Manager {

    private static final Map<XMPPConnection, GroupReports> INSTANCES = new WeakHashMap<>();

    static {
        SvGroupsProviders.register();
    }

    private GroupReports(XMPPConnection connection) {
        super(connection);
    }

    public static synchronized GroupReports getInstanceFor(XMPPConnection connection) {
        return INSTANCES.computeIfAbsent(connection, GroupReports::new);
    }

    /**
     * @param text optional words of the reporter (at most 1,000 characters); null for none
     * @param seen for an end-to-end encrypted message, what the reporter's app showed; null for none
     * @return the report's number
     * @throws SvGroupsException.Refused not a member ({@code not-member}), a message or member the reporter cannot
     *                                   see ({@code report-target-unknown}), texts too long ({@code report-invalid}),
     *                                   too many reports ({@code rate-limited})
     */
    public String report(EntityBareJid group, ReportTarget target, ReportReason reason, String text, String seen)
            throws SvGroupsException {
        ReportIq answer = (ReportIq) Failures.request(connection(), "report in " + group, group,
                new ReportIq(group, target, reason, text, seen));
        return answer.getReportId();
    }
}
