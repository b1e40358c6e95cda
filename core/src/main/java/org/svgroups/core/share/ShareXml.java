package org.svgroups.core.share;

import java.io.StringReader;
import java.math.BigDecimal;

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

    public static String write(Share share) {
        StringBuilder xml = new StringBuilder("<share xmlns='").append(Share.NAMESPACE).append("' kind='")
                .append(share.kind().xmlValue()).append("' id='").append(escape(share.id()))
                .append("' url='").append(escape(share.url())).append('\'');
        if (share.verified() != null) {
            xml.append(" verified='").append(share.verified()).append('\'');
        }
        xml.append('>');
        if (share.title() != null) {
            xml.append("<title>").append(escape(share.title())).append("</title>");
        }
        if (share.author() != null) {
            xml.append("<author>").append(escape(share.author())).append("</author>");
        }
        if (share.thumbnail() != null) {
            xml.append("<thumbnail url='").append(escape(share.thumbnail().url())).append("' width='")
                    .append(share.thumbnail().width()).append("' height='").append(share.thumbnail().height()).append("'/>");
        }
        if (share.duration() != null) {
            xml.append("<duration>").append(share.duration()).append("</duration>");
        }
        if (share.price() != null) {
            xml.append("<price currency='").append(escape(share.price().currency())).append("'>")
                    .append(share.price().amount().toPlainString()).append("</price>");
        }
        return xml.append("</share>").toString();
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
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
