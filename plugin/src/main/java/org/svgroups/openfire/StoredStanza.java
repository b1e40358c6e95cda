package org.svgroups.openfire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.XMLWriter;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * A message as the archive stores it: without its {@code to} (each member's copy had its own) and in jabber:client
 * (Tinder writes a stanza read from a client stream without its namespace, and forwarded inside a MAM result it
 * must have one: clients refuse a message in no namespace).
 *
 * <p>Written in one pass from the delivered element, which is neither copied nor changed (Openfire still holds
 * it; this runs under the room's lock for every message): the same text as {@code Element.asXML()} of a copy
 * without {@code to}, with {@code xmlns="jabber:client"} put right after {@code <message} when the element has no
 * namespace.
 */
final class StoredStanza {

    private static final String MESSAGE = "message";
    private static final String CLIENT = " xmlns=\"jabber:client\"";
    /** What {@code Element.asXML()} writes with; never changed, so shared. */
    private static final OutputFormat FORMAT = new OutputFormat();

    private StoredStanza() {
    }

    static String of(Message message) {
        Element element = message.getElement();
        // The attribute Message.setTo(null) would remove: the first named "to".
        Attribute to = element.attribute("to");
        if (to != null && !to.getNamespaceURI().isEmpty()) {
            // XMLWriter would still declare its namespace: copy, as the plain way does (no client sends this).
            Message copy = message.createCopy();
            copy.setTo((JID) null);
            return write(copy.getElement(), null);
        }
        return write(element, to);
    }

    private static String write(Element element, Attribute left) {
        Text text = new Text();
        try {
            new WithoutAttribute(text, left).write(element);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        // The text starts with '<' and the element's qualified name.
        if (element.getNamespaceURI().isEmpty() && element.getQualifiedName().startsWith(MESSAGE)) {
            text.xml.insert(1 + MESSAGE.length(), CLIENT);
        }
        return text.xml.toString();
    }

    /** XMLWriter leaving out one attribute of the element it writes. */
    private static final class WithoutAttribute extends XMLWriter {

        private final Attribute left;

        WithoutAttribute(Writer out, Attribute left) {
            super(out, FORMAT);
            this.left = left;
        }

        @Override
        protected void writeAttribute(Attribute attribute) throws IOException {
            if (attribute != left) {
                super.writeAttribute(attribute);
            }
        }
    }

    /** A Writer to a StringBuilder: StringWriter's StringBuffer locks at every write. */
    private static final class Text extends Writer {

        /** Room for a message of a few hundred characters with its ids, without growing. */
        final StringBuilder xml = new StringBuilder(1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            xml.append(chars, offset, length);
        }

        @Override
        public void write(String s) {
            xml.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            xml.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            xml.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
