package org.svgroups.client.provider;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.IqProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.packet.GroupsIq;

/**
 * Parses {@code <groups/>} results (namespace {@value GroupsIq#NAMESPACE}). Lenient about optional attributes, because a provider that
 * throws makes Smack drop the whole stanza (and, with its default callback, the connection): the caller would only see
 * a timeout. An entry without a usable JID is skipped and logged.
 */
public final class GroupsIqProvider extends IqProvider<GroupsIq> {

    private static final Logger LOGGER = LoggerFactory.getLogger(GroupsIqProvider.class);

    @Override
    public GroupsIq parse(XmlPullParser parser, int initialDepth, IqData iqData, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        List<GroupSummary> groups = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && "group".equals(parser.getName())) {
                EntityBareJid jid = jid(parser.getAttributeValue("jid"));
                if (jid == null) {
                    LOGGER.warn("Ignoring a group entry without a valid group JID: jid='{}'", parser.getAttributeValue("jid"));
                    continue;
                }
                groups.add(new GroupSummary(jid, parser.getAttributeValue("name"),
                        affiliation(parser.getAttributeValue("affiliation")),
                        count(parser.getAttributeValue("members")), count(parser.getAttributeValue("cap"))));
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                break;
            }
        }
        return new GroupsIq(iqData, groups);
    }

    private static EntityBareJid jid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return JidCreate.entityBareFrom(value);
        } catch (XmppStringprepException e) {
            return null;
        }
    }

    private static MUCAffiliation affiliation(String value) {
        try {
            return MUCAffiliation.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int count(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
