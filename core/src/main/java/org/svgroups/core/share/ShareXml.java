package org.svgroups.core.share;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads and writes the share element with the JDK's StAX parser (no DTDs, no external entities), so that the
 * server and the client library read it the same way. Reading checks the structure only; {@code ShareLimits} and
 * the share rules check the values.
 */
public final class ShareXml {

    /** Longest share element accepted, in characters: a share is a link with a few words, not a payload. */
    public static final int MAX_LENGTH = 8192;

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private ShareXml() {
    }

    public static Share parse(String xml) throws InvalidShareException {
        if (xml.length() > MAX_LENGTH) {
            throw new InvalidShareException("The share is too large (" + xml.length() + " characters; at most " + MAX_LENGTH + ").");
        }
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            try {
                reader.nextTag();
                if (!Share.ELEMENT.equals(reader.getLocalName()) || !Share.NAMESPACE.equals(reader.getNamespaceURI())) {
                    throw new InvalidShareException("Expected <share xmlns='" + Share.NAMESPACE + "'>.");
                }
                return readShare(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new InvalidShareException("The share is not well-formed XML.");
        }
    }

    private static Share readShare(XMLStreamReader reader) throws XMLStreamException, InvalidShareException {
        ShareKind kind = ShareKind.fromXmlValue(reader.getAttributeValue(null, "kind"))
                .orElseThrow(() -> new InvalidShareException("The share's kind must be 'video' or 'product'."));
        String id = required(reader, "id");
        String url = required(reader, "url");
        String verifiedValue = reader.getAttributeValue(null, "verified");
        Boolean verified = verifiedValue == null ? null : Boolean.valueOf(verifiedValue);
        String title = null;
        String author = null;
        Thumbnail thumbnail = null;
        Integer duration = null;
        Price price = null;
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            switch (name) {
                case "title" -> {
                    first(title, name);
                    title = reader.getElementText();
                }
                case "author" -> {
                    first(author, name);
                    author = reader.getElementText();
                }
                case "thumbnail" -> {
                    first(thumbnail, name);
                    thumbnail = new Thumbnail(required(reader, "url"), integer(reader.getAttributeValue(null, "width"), "thumbnail width"),
                            integer(reader.getAttributeValue(null, "height"), "thumbnail height"));
                    skipToEnd(reader);
                }
                case "duration" -> {
                    first(duration, name);
                    duration = integer(reader.getElementText(), "duration");
                }
                case "price" -> {
                    first(price, name);
                    String currency = required(reader, "currency");
                    price = new Price(decimal(reader.getElementText()), currency);
                }
                default -> skipToEnd(reader); // Unknown children are ignored, so the protocol can grow.
            }
        }
        return new Share(kind, id, url, title, author, thumbnail, duration, price, verified);
    }

    /**
     * Receives the share element from {@link #write(Share, Sink)}, element by element in document order: the root
     * is {@code <share/>} in {@link Share#NAMESPACE}, its children are in the same namespace. Attribute values and
     * texts hold only characters XML allows (others are dropped) and are not escaped: escaping is the sink's.
     */
    public interface Sink {

        /** Opens an element; {@code attributes} are name, value, name, value... */
        void start(String name, String... attributes);

        void text(String text);

        /** Closes the element opened last. */
        void end();
    }

    /** The share element as XML text, e.g. for a stanza. */
    public static String write(Share share) {
        StringSink xml = new StringSink();
        write(share, xml);
        return xml.toString();
    }

    /** Hands the share element to a sink (a DOM builder, for instance), without text to parse again. */
    public static void write(Share share, Sink sink) {
        List<String> attributes = new ArrayList<>(List.of("kind", share.kind().xmlValue(), "id", xmlChars(share.id()),
                "url", xmlChars(share.url())));
        if (share.verified() != null) {
            attributes.addAll(List.of("verified", share.verified().toString()));
        }
        sink.start(Share.ELEMENT, attributes.toArray(String[]::new));
        textElement(sink, "title", share.title());
        textElement(sink, "author", share.author());
        if (share.thumbnail() != null) {
            sink.start("thumbnail", "url", xmlChars(share.thumbnail().url()),
                    "width", Integer.toString(share.thumbnail().width()),
                    "height", Integer.toString(share.thumbnail().height()));
            sink.end();
        }
        if (share.duration() != null) {
            textElement(sink, "duration", share.duration().toString());
        }
        if (share.price() != null) {
            sink.start("price", "currency", xmlChars(share.price().currency()));
            sink.text(share.price().amount().toPlainString());
            sink.end();
        }
        sink.end();
    }

    private static void textElement(Sink sink, String name, String text) {
        if (text != null) {
            sink.start(name);
            sink.text(xmlChars(text));
            sink.end();
        }
    }

    /** Writes XML text, with the namespace on the root and empty elements as {@code <name/>}. */
    private static final class StringSink implements Sink {

        private final StringBuilder xml = new StringBuilder();
        private final Deque<String> open = new ArrayDeque<>();
        /** Whether the last start tag still lacks its closing '>'. */
        private boolean inStartTag;

        @Override
        public void start(String name, String... attributes) {
            finishStartTag();
            xml.append('<').append(name);
            if (open.isEmpty()) {
                xml.append(" xmlns='").append(Share.NAMESPACE).append('\'');
            }
            for (int i = 0; i < attributes.length; i += 2) {
                xml.append(' ').append(attributes[i]).append("='").append(escape(attributes[i + 1])).append('\'');
            }
            open.push(name);
            inStartTag = true;
        }

        @Override
        public void text(String text) {
            finishStartTag();
            xml.append(escape(text));
        }

        @Override
        public void end() {
            String name = open.pop();
            if (inStartTag) {
                xml.append("/>");
                inStartTag = false;
            } else {
                xml.append("</").append(name).append('>');
            }
        }

        private void finishStartTag() {
            if (inStartTag) {
                xml.append('>');
                inStartTag = false;
            }
        }

        @Override
        public String toString() {
            return xml.toString();
        }
    }

    private static String required(XMLStreamReader reader, String attribute) throws InvalidShareException {
        String value = reader.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidShareException("The share's <" + reader.getLocalName() + "/> needs a '" + attribute + "'.");
        }
        return value.trim();
    }

    private static void first(Object current, String element) throws InvalidShareException {
        if (current != null) {
            throw new InvalidShareException("The share has more than one <" + element + "/>.");
        }
    }

    private static int integer(String value, String what) throws InvalidShareException {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidShareException("The share's " + what + " must be a whole number.");
        }
    }

    private static BigDecimal decimal(String value) throws InvalidShareException {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidShareException("The share's price must be a decimal number.");
        }
    }

    private static void skipToEnd(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Escapes markup, and drops characters XML 1.0 cannot carry (control characters, lone surrogates). */
    /** The text without the characters XML does not allow (control characters, lone surrogates). */
    private static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Markup characters as entities, for text and attribute values. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\'' -> out.append("&apos;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
