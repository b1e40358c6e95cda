package org.svgroups.client.provider;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IqProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.svgroups.client.packet.LinksIq;

/**
 * Parses the results of the invite links protocol: the attributes of each direct child. It never throws over an
 * odd child (a provider that throws makes Smack drop the stanza); the manager checks what it needs.
 */
public final class LinksIqProvider extends IqProvider<LinksIq> {

    @Override
    public LinksIq parse(XmlPullParser parser, int initialDepth, IqData iqData, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException {
        String element = parser.getName();
        List<Map<String, String>> items = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == initialDepth + 1) {
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < parser.getAttributeCount(); i++) {
                    attributes.put(parser.getAttributeName(i), parser.getAttributeValue(i));
                }
                items.add(attributes);
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                break;
            }
        }
        return new LinksIq(iqData, element, items);
    }
}
