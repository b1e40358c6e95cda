package org.svgroups.client.provider;

import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IqProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.svgroups.client.packet.ReportIq;

/** Parses the answer to a report: {@code <report id/>}. */
public final class ReportIqProvider extends IqProvider<ReportIq> {

    @Override
    public ReportIq parse(XmlPullParser parser, int initialDepth, IqData iqData, XmlEnvironment xmlEnvironment) {
        return new ReportIq(iqData, parser.getAttributeValue("id"));
    }
}
