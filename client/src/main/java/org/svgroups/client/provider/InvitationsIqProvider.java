package org.svgroups.client.provider;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IqProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.client.PendingInvitations;
import org.svgroups.client.ReceivedInvitation;
import org.svgroups.client.SentInvitation;
import org.svgroups.client.packet.InvitationsIq;

/**
 * Parses {@code <invitations/>} results (namespace {@value InvitationsIq#NAMESPACE}). Like {@link GroupsIqProvider}
 * it never throws over one bad entry, because a provider that throws makes Smack drop the whole stanza and the caller
 * would only see a timeout:
 * <ul>
 * <li>{@code name} and {@code <reason/>} are optional: a missing name reads as empty, a missing or empty reason as
 *     {@code null};</li>
 * <li>an entry whose {@code group}, {@code inviter}/{@code invitee}, {@code created} or {@code expires} is missing or
 *     malformed (a timestamp that is not an XEP-0082 date-time with a time zone) is skipped and logged as a warning;
 *     the other entries are kept;</li>
 * <li>unknown elements and attributes are ignored.</li>
 * </ul>
 */
public final class InvitationsIqProvider extends IqProvider<InvitationsIq> {

    private static final Logger LOGGER = LoggerFactory.getLogger(InvitationsIqProvider.class);

    @Override
    public InvitationsIq parse(XmlPullParser parser, int initialDepth, IqData iqData, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException {
        List<ReceivedInvitation> received = new ArrayList<>();
        List<SentInvitation> sent = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == initialDepth + 1) {
                String element = parser.getName();
                if (InvitationsIq.RECEIVED.equals(element)) {
                    Entry entry = Entry.read(parser, "inviter");
                    if (entry != null) {
                        received.add(new ReceivedInvitation(entry.group, entry.name, entry.user, entry.reason,
                                entry.created, entry.expires));
                    }
                } else if (InvitationsIq.SENT.equals(element)) {
                    Entry entry = Entry.read(parser, "invitee");
                    if (entry != null) {
                        sent.add(new SentInvitation(entry.group, entry.name, entry.user, entry.reason,
                                entry.created, entry.expires));
                    }
                }
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                break;
            }
        }
        return new InvitationsIq(iqData, new PendingInvitations(received, sent));
    }

    /** The parts {@code <received/>} and {@code <sent/>} share; {@code user} is the inviter or the invitee. */
    private record Entry(EntityBareJid group, String name, EntityBareJid user, String reason, Instant created,
                         Instant expires) {

        /**
         * Reads one entry, leaving the parser on its end tag.
         *
         * @return the entry, or {@code null} (after logging why) if a required part is missing or malformed.
         */
        static Entry read(XmlPullParser parser, String userAttribute) throws XmlPullParserException, IOException {
            String element = parser.getName();
            int depth = parser.getDepth();
            String group = parser.getAttributeValue("group");
            String name = parser.getAttributeValue("name");
            String user = parser.getAttributeValue(userAttribute);
            String created = parser.getAttributeValue("created");
            String expires = parser.getAttributeValue("expires");
            String reason = null;
            while (true) {
                XmlPullParser.Event event = parser.next();
                if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == depth + 1
                        && "reason".equals(parser.getName())) {
                    reason = parser.nextText();
                } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth) {
                    break;
                }
            }
            EntityBareJid groupJid = jid(group);
            EntityBareJid userJid = jid(user);
            Instant createdAt = instant(created);
            Instant expiresAt = instant(expires);
            if (groupJid == null || userJid == null || createdAt == null || expiresAt == null) {
                LOGGER.warn("Ignoring a <{}/> invitation with a missing or malformed group, {} or timestamp: group='{}' "
                        + "{}='{}' created='{}' expires='{}'", element, userAttribute, group, userAttribute, user,
                        created, expires);
                return null;
            }
            return new Entry(groupJid, name, userJid, reason == null || reason.isBlank() ? null : reason, createdAt,
                    expiresAt);
        }
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

    /** An XEP-0082 date-time: {@code 2026-11-25T10:00:00Z}, optionally with fractional seconds or a numeric offset. */
    static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
