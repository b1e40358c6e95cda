package org.svgroups.client.provider;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.svgroups.client.packet.RetractElement;
import org.svgroups.client.packet.RetractedElement;
import org.svgroups.core.moderation.Tombstone;

/**
 * Parse {@link RetractElement} (a retraction or moderation notice) and {@link RetractedElement} (a tombstone):
 * the attributes, and inside {@code <moderated by/>} and {@code <reason/>}.
 */
public final class RetractionProviders {

    public static final ExtensionElementProvider<RetractElement> RETRACT = new ExtensionElementProvider<>() {
        @Override
        public RetractElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
                throws XmlPullParserException, IOException, SmackParsingException {
            String id = parser.getAttributeValue("id");
            Inner inner = inner(parser, initialDepth);
            if (id == null || id.isEmpty()) {
                throw invalid("A retraction needs an id");
            }
            return new RetractElement(id, inner.moderatedBy, inner.reason);
        }
    };

    public static final ExtensionElementProvider<RetractedElement> RETRACTED = new ExtensionElementProvider<>() {
        @Override
        public RetractedElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
                throws XmlPullParserException, IOException, SmackParsingException {
            String stamp = parser.getAttributeValue("stamp");
            String id = parser.getAttributeValue("id");
            Inner inner = inner(parser, initialDepth);
            Instant at;
            try {
                at = Instant.parse(stamp);
            } catch (DateTimeParseException | NullPointerException e) {
                throw invalid("A tombstone needs a stamp");
            }
            return new RetractedElement(inner.moderatedBy == null ? Tombstone.own(at, id)
                    : Tombstone.moderated(at, id, inner.moderatedBy, inner.reason));
        }
    };

    private RetractionProviders() {
    }

    private static final class Inner {
        String moderatedBy;
        String reason;
    }

    /** Reads {@code <moderated by/>} and {@code <reason/>} up to the end of the element. */
    private static Inner inner(XmlPullParser parser, int initialDepth) throws XmlPullParserException, IOException {
        Inner inner = new Inner();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && "moderated".equals(parser.getName())
                    && RetractElement.MODERATE_NAMESPACE.equals(parser.getNamespace())) {
                String by = parser.getAttributeValue("by");
                inner.moderatedBy = by == null ? "" : by;
            } else if (event == XmlPullParser.Event.START_ELEMENT && "reason".equals(parser.getName())
                    && parser.getDepth() == initialDepth + 1) {
                inner.reason = parser.nextText();
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                return inner;
            }
        }
    }

    private static SmackParsingException invalid(String message) {
        return new SmackParsingException(message) {
            private static final long serialVersionUID = 1L;
        };
    }
}
