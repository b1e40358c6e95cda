package org.svgroups.it;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jivesoftware.smack.packet.Stanza;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Compares XML by what it says rather than how it is written: namespaces, names, attributes (in any order, without
 * namespace declarations), trimmed text and children in order. {@link #canonical} gives a one-line form that reads
 * well in a failed assertion, such as {@code {eu.siacs.conversations.axolotl}encrypted(...)}.
 */
final class StanzaXml {

    private StanzaXml() {
    }

    /** The canonical form of an element written as XML. */
    static String canonical(String xml) {
        return canonical(parse(xml));
    }

    /**
     * The canonical forms of a stanza's children, in order, as they came over the wire (the stanza as Smack parsed
     * and writes it again), leaving out children in the given namespaces (what the room adds, say).
     */
    static List<String> children(Stanza stanza, Set<String> leftOutNamespaces) {
        Element root = parse(stanza.toXML().toString());
        List<String> children = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !leftOutNamespaces.contains(String.valueOf(element.getNamespaceURI()))) {
                children.add(canonical(element));
            }
        }
        return children;
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("Not well-formed XML: " + xml, e);
        }
    }

    private static String canonical(Element element) {
        StringBuilder out = new StringBuilder("{").append(element.getNamespaceURI()).append('}').append(element.getLocalName());
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr attribute = (Attr) all.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                String name = attribute.getNamespaceURI() == null ? attribute.getLocalName()
                        : "{" + attribute.getNamespaceURI() + "}" + attribute.getLocalName();
                attributes.put(name, attribute.getValue());
            }
        }
        attributes.forEach((name, value) -> out.append(' ').append(name).append("='").append(value).append('\''));
        out.append('(');
        StringBuilder text = new StringBuilder();
        List<String> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(canonical(e));
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (!text.toString().isBlank()) {
            out.append('"').append(text.toString().trim()).append('"');
        }
        out.append(String.join(" ", children));
        return out.append(')').toString();
    }
}
