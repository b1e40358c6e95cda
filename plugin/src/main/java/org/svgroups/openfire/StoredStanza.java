package org.svgroups.openfire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.Namespace;
import org.dom4j.Node;
import org.dom4j.ProcessingInstruction;
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
 * namespace. The writer is dom4j's {@code XMLWriter} with its default format, rewritten for one
 * {@code StringBuilder} (same namespace declarations, escaping, quoting and empty-element form): dom4j's allocates
 * a writer, a namespace stack with its caches, a list facade per element and a copy of every escaped text.
 * {@code StoredStanzaTest} holds the two to the same bytes. A tree with a node an element never holds when parsed
 * (a document or a DOCTYPE put into its content list) is left to dom4j's writer.
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
        StringBuilder xml = new StringBuilder(1024);
        try {
            // The attribute Message.setTo(null) would remove: the first named "to".
            new Text(xml, element.attribute("to")).root(element);
        } catch (Unwritten e) {
            return withXmlWriter(message);
        }
        return xml.toString();
    }

    /** The same text through dom4j's writer, as svgroups wrote it before {@link Text} (MessagePathBenchmark's before). */
    static String withXmlWriter(Message message) {
        Element element = message.getElement();
        Attribute to = element.attribute("to");
        if (to != null && !to.getNamespaceURI().isEmpty()) {
            // XMLWriter would still declare its namespace: copy.
            Message copy = message.createCopy();
            copy.setTo((JID) null);
            element = copy.getElement();
            to = null;
        }
        StringBuilder xml = new StringBuilder(1024);
        try {
            new WithoutAttribute(new Into(xml), to).write(element);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (isClientMessage(element)) {
            xml.insert(1 + MESSAGE.length(), CLIENT);
        }
        return xml.toString();
    }

    /** Whether the stored form gets {@link #CLIENT}: the text starts with '<' and the element's qualified name. */
    private static boolean isClientMessage(Element element) {
        return element.getNamespaceURI().isEmpty() && element.getQualifiedName().startsWith(MESSAGE);
    }

    /** A node {@link Text} does not write: the stanza goes to dom4j's writer. */
    private static final class Unwritten extends RuntimeException {

        Unwritten() {
            super(null, null, false, false);
        }
    }

    /**
     * XMLWriter (dom4j 2.1) with the default {@code OutputFormat}, leaving out one attribute of the root as a copy
     * without it would: no indent, no new lines, no trimming, {@code "} quotes, {@code <x/>} for an element without
     * nodes (a namespace node counts), entities written as their text, comments, CDATA and processing instructions
     * as they are.
     */
    private static final class Text {

        private final StringBuilder xml;
        private final Attribute left;
        /** The namespaces in scope, innermost last, as XMLWriter's NamespaceStack: it starts with no namespace. */
        private final List<Namespace> stack = new ArrayList<>(8);

        Text(StringBuilder xml, Attribute left) {
            this.xml = xml;
            this.left = left;
            stack.add(Namespace.NO_NAMESPACE);
        }

        void root(Element element) {
            String name = element.getQualifiedName();
            if (isClientMessage(element)) {
                xml.append('<').append(name, 0, MESSAGE.length()).append(CLIENT).append(name, MESSAGE.length(), name.length());
            } else {
                xml.append('<').append(name);
            }
            rest(element, name);
        }

        private void element(Element element) {
            String name = element.getQualifiedName();
            xml.append('<').append(name);
            rest(element, name);
        }

        /** The element after {@code <name}: declarations, attributes, content, end. */
        private void rest(Element element, String name) {
            int size = element.nodeCount();
            int scope = stack.size();
            Namespace namespace = element.getNamespace();
            if (declares(namespace)) {
                declare(namespace);
            }
            for (int i = 0; i < size; i++) {
                if (element.node(i) instanceof Namespace additional && declares(additional)) {
                    declare(additional);
                }
            }
            attributes(element);
            if (size <= 0) {
                xml.append("/>");
            } else {
                xml.append('>');
                for (int i = 0; i < size; i++) {
                    node(element.node(i));
                }
                xml.append("</").append(name).append('>');
            }
            while (stack.size() > scope) {
                stack.remove(stack.size() - 1);
            }
        }

        private void node(Node node) {
            switch (node.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) node);
                case Node.ATTRIBUTE_NODE -> attribute((Attribute) node);
                case Node.TEXT_NODE -> {
                    String text = node.getText();
                    if (text != null) {
                        escaped(text, false);
                    }
                }
                case Node.CDATA_SECTION_NODE -> {
                    String text = node.getText();
                    xml.append("<![CDATA[");
                    if (text != null) {
                        xml.append(text);
                    }
                    xml.append("]]>");
                }
                // XMLWriter resolves entity references to their text.
                case Node.ENTITY_REFERENCE_NODE -> xml.append(node.getText());
                case Node.PROCESSING_INSTRUCTION_NODE -> {
                    ProcessingInstruction instruction = (ProcessingInstruction) node;
                    xml.append("<?").append(instruction.getName()).append(' ').append(instruction.getText()).append("?>");
                }
                case Node.COMMENT_NODE -> xml.append("<!--").append(node.getText()).append("-->");
                // Written with the start tag.
                case Node.NAMESPACE_NODE -> {
                }
                default -> throw new Unwritten();
            }
        }

        private void attributes(Element element) {
            for (int i = 0, size = element.attributeCount(); i < size; i++) {
                Attribute attribute = element.attribute(i);
                if (attribute == left) {
                    // Nor its namespace: a copy without it would not declare it for it.
                    continue;
                }
                Namespace namespace = attribute.getNamespace();
                if (namespace != null && namespace != Namespace.NO_NAMESPACE && namespace != Namespace.XML_NAMESPACE) {
                    Namespace bound = forPrefix(namespace.getPrefix());
                    if (bound == null || !namespace.getURI().equals(bound.getURI())) {
                        declare(namespace);
                    }
                }
                String name = attribute.getName();
                if (name.startsWith("xmlns:")) {
                    String prefix = name.substring(6);
                    if (forPrefix(prefix) == null) {
                        String uri = attribute.getValue();
                        declare(Namespace.get(prefix, uri == null ? "" : uri), uri);
                    }
                } else if (!name.equals("xmlns")) {
                    // An attribute named xmlns is never written: XMLWriter writes it only where no default
                    // namespace is in scope, and its stack always has one (no namespace, at the bottom).
                    attribute(attribute);
                }
            }
        }

        private void attribute(Attribute attribute) {
            if (attribute == left) {
                return;
            }
            xml.append(' ').append(attribute.getQualifiedName()).append("=\"");
            String value = attribute.getValue();
            if (value != null) {
                escaped(value, true);
            }
            xml.append('"');
        }

        /** XMLWriter's escaping: &lt; &gt; &amp; (and &quot; in attributes), controls but tab, LF, CR as &#n;. */
        private void escaped(String text, boolean attribute) {
            int from = 0;
            for (int i = 0, length = text.length(); i < length; i++) {
                char c = text.charAt(i);
                if (c > '>') {
                    continue;
                }
                String entity;
                if (c == '<') {
                    entity = "&lt;";
                } else if (c == '>') {
                    entity = "&gt;";
                } else if (c == '&') {
                    entity = "&amp;";
                } else if (c == '"' && attribute) {
                    entity = "&quot;";
                } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
                    entity = null;
                } else {
                    continue;
                }
                xml.append(text, from, i);
                if (entity == null) {
                    xml.append("&#").append((int) c).append(';');
                } else {
                    xml.append(entity);
                }
                from = i + 1;
            }
            xml.append(text, from, text.length());
        }

        /** XMLWriter.isNamespaceDeclaration: not the xml namespace, and not the one in scope for its prefix. */
        private boolean declares(Namespace namespace) {
            if (namespace == null || namespace == Namespace.XML_NAMESPACE || namespace.getURI() == null) {
                return false;
            }
            String prefix = namespace.getPrefix();
            Namespace current = prefix == null || prefix.isEmpty() ? defaultNamespace() : forPrefix(prefix);
            return current == null || !namespace.getURI().equals(current.getURI());
        }

        private void declare(Namespace namespace) {
            declare(namespace, namespace.getURI());
        }

        /** @param uri as written: XMLWriter writes the attribute's value, which may differ from the pushed URI (null) */
        private void declare(Namespace namespace, String uri) {
            stack.add(namespace);
            String prefix = namespace.getPrefix();
            if (prefix != null && !prefix.isEmpty()) {
                xml.append(" xmlns:").append(prefix).append("=\"");
            } else {
                xml.append(" xmlns=\"");
            }
            // Not escaped, as XMLWriter writes it.
            xml.append(uri).append('"');
        }

        private Namespace forPrefix(String prefix) {
            String wanted = prefix == null ? "" : prefix;
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (wanted.equals(stack.get(i).getPrefix())) {
                    return stack.get(i);
                }
            }
            return null;
        }

        private Namespace defaultNamespace() {
            for (int i = stack.size() - 1; i >= 0; i--) {
                String prefix = stack.get(i).getPrefix();
                if (prefix == null || prefix.isEmpty()) {
                    return stack.get(i);
                }
            }
            return null;
        }
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
    private static final class Into extends Writer {

        private final StringBuilder xml;

        Into(StringBuilder xml) {
            this.xml = xml;
        }

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
