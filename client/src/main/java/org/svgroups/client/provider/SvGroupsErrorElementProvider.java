package org.svgroups.client.provider;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.svgroups.client.packet.SvGroupsErrorElement;

/**
 * Parses any condition element in {@value SvGroupsErrorElement#NAMESPACE}, keeping its name and attributes, whether or
 * not this library version knows the condition.
 */
public final class SvGroupsErrorElementProvider extends ExtensionElementProvider<SvGroupsErrorElement> {

    public static final SvGroupsErrorElementProvider INSTANCE = new SvGroupsErrorElementProvider();

    @Override
    public SvGroupsErrorElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException {
        String name = parser.getName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < parser.getAttributeCount(); i++) {
            attributes.put(parser.getAttributeName(i), parser.getAttributeValue(i));
        }
        // Conditions are empty elements today; Provider.parse() skips anything a later server version nests inside.
        return new SvGroupsErrorElement(name, attributes);
    }
}
