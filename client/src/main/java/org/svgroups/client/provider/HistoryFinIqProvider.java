package org.svgroups.client.provider;

import java.io.IOException;

import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IqProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.svgroups.client.packet.HistoryFinIq;

/** Parses {@link HistoryFinIq}: {@code complete} and the RSM first and last ids. */
public final class HistoryFinIqProvider extends IqProvider<HistoryFinIq> {

    @Override
    public HistoryFinIq parse(XmlPullParser parser, int initialDepth, IqData iqData, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException {
        boolean complete = Boolean.parseBoolean(parser.getAttributeValue("complete"))
                || "1".equals(parser.getAttributeValue("complete"));
        String first = null;
        String last = null;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && "first".equals(parser.getName())) {
                first = parser.nextText();
            } else if (event == XmlPullParser.Event.START_ELEMENT && "last".equals(parser.getName())) {
                last = parser.nextText();
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                break;
            }
        }
        return new HistoryFinIq(iqData, complete, first, last);
    }
}
