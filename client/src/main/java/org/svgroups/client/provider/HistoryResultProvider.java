package org.svgroups.client.provider;

import java.io.IOException;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jivesoftware.smackx.forward.packet.Forwarded;
import org.jivesoftware.smackx.forward.provider.ForwardedProvider;
import org.svgroups.client.packet.HistoryResult;

/** Parses {@link HistoryResult}; the forwarded message with Smack's own XEP-0297 provider. */
public final class HistoryResultProvider extends ExtensionElementProvider<HistoryResult> {

    public static final HistoryResultProvider INSTANCE = new HistoryResultProvider();

    @Override
    public HistoryResult parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        String queryId = parser.getAttributeValue("queryid");
        String id = parser.getAttributeValue("id");
        Forwarded<Message> forwarded = null;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && Forwarded.ELEMENT.equals(parser.getName())
                    && Forwarded.NAMESPACE.equals(parser.getNamespace())) {
                forwarded = ForwardedProvider.parseForwardedMessage(parser, parser.getDepth(), xmlEnvironment);
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                break;
            }
        }
        if (id == null || forwarded == null) {
            throw new SmackParsingException("A history result needs an id and a forwarded message") {
                private static final long serialVersionUID = 1L;
            };
        }
        return new HistoryResult(queryId, id, forwarded);
    }
}
