package org.svgroups.client.provider;

import java.io.IOException;

import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.svgroups.client.packet.ShareElement;

/**
 * Parses {@code <share xmlns='urn:svgroups:share:0'/>}: takes the element's XML from the parser and hands it to core's
 * {@code ShareXml}, so that client and server read shares alike. Never throws over a share it cannot read (a provider
 * that throws makes Smack drop the whole message, and with its default callback the connection): such a share
 * becomes an invalid {@link ShareElement} carrying the reason, and is logged.
 */
public final class ShareElementProvider extends ExtensionElementProvider<ShareElement> {

    public static final ShareElementProvider INSTANCE = new ShareElementProvider();

    @Override
    public ShareElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException {
        // Full namespaces: every element keeps its own, so the text stands alone for ShareXml.
        return ShareElement.read(PacketParserUtils.parseElement(parser, true).toString());
    }
}
