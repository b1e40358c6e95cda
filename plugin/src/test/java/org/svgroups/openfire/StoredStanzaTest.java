package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Random;

import org.dom4j.DocumentFactory;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.Namespace;
import org.dom4j.QName;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.XMLWriter;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

class StoredStanzaTest {

    private static final String TO = " to='room@groups.example.org/bob'";

    /** The stored form as the archive wrote it before StoredStanza: a copy without its to, then the namespace. */
    private static String copiedAndRewritten(Message message) {
        Message copy = message.createCopy();
        copy.setTo((JID) null);
        String xml = copy.toXML();
        if (copy.getElement().getNamespaceURI().isEmpty() && xml.startsWith("<message")) {
            return "<message xmlns=\"jabber:client\"" + xml.substring("<message".length());
        }
        return xml;
    }

    private static Message parsed(String xml) throws Exception {
        return new Message(DocumentHelper.parseText(xml).getRootElement(), true);
    }

    private static List<Message> variedStanzas() throws Exception {
        String ids = "<stanza-id xmlns='urn:xmpp:sid:0' id='5f1c' by='room@groups.example.org'/>"
                + "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='occ=&quot;1&quot;'/>"
                + "<addresses xmlns='http://jabber.org/protocol/address'><address type='ofrom' jid='alice@example.org'/></addresses>";
        Message built = new Message();
        built.setType(Message.Type.groupchat);
        built.setTo("room@groups.example.org/bob");
        built.setFrom("room@groups.example.org/Al\u00efce");
        built.setID("id \"with\" <quotes> & 'apostrophes'");
        built.setBody("caf\u00e9 \u00e0 l'\u00e9t\u00e9 \uD83C\uDF89 <b>not markup</b> & \"quoted\"\ttab\nline");
        built.addChildElement("store", "urn:xmpp:hints");
        // A 'to' in a namespace the message does not declare, before the plain one.
        Message namespacedTo = new Message();
        namespacedTo.getElement().addAttribute(QName.get("to", "q", "urn:example:q"), "elsewhere");
        namespacedTo.setTo("room@groups.example.org/bob");
        namespacedTo.setBody("q");
        return List.of(
                // As Openfire reads a client's stanza: no namespace on the message, 'to' between other attributes.
                parsed("<message type='groupchat' id='a&quot;b&amp;c&lt;d' from='room@groups.example.org/Zo\u00eb'" + TO
                        + " xml:lang='fr'><body>\u00c7a marche &amp; &lt;\u00e7a&gt; \"oui\" \u4e2d\u6587 \uD83D\uDE00</body>"
                        + ids + "</message>"),
                // An OMEMO payload, with its hints and a fallback body.
                parsed("<message" + TO + " from='room@groups.example.org/bob' type='groupchat' id='omemo-1'>"
                        + "<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='27183'>"
                        + "<key rid='31415' prekey='true'>MwohBT+ox7v6nsPBwWY=</key><key rid='92653'>MwohBVq4XGp/</key>"
                        + "<iv>9JiqtqDFUSJSH+kz</iv></header><payload>kwvSMC/AxRnz4DdmbENHk=</payload></encrypted>"
                        + "<encryption xmlns='urn:xmpp:eme:0' namespace='eu.siacs.conversations.axolotl' name='OMEMO'/>"
                        + "<store xmlns='urn:xmpp:hints'/><body>I sent you an OMEMO encrypted message.</body>" + ids
                        + "</message>"),
                // A share as svgroups rewrites it, with an oob link whose URL has ampersands.
                parsed("<message type='groupchat' id='s1' from='room@groups.example.org/bob'" + TO + ">"
                        + "<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example.test/v/123?a=1&amp;b=&quot;2&quot;' verified='false'>"
                        + "<title>Dance &amp; \"tutorial\" \u00e9t\u00e9</title></share>"
                        + "<body>Dance https://videos.example.test/v/123?a=1&amp;b=2</body>"
                        + "<x xmlns='jabber:x:oob'><url>https://videos.example.test/v/123?a=1&amp;b=2</url></x>" + ids
                        + "</message>"),
                // Prefixed namespaces, declared on the message and on a child, a namespaced attribute, nesting.
                parsed("<message xmlns:ext='urn:example:ext' ext:flag='on' type='groupchat'" + TO + " id='n1'>"
                        + "<ext:outer ext:level='1'><ext:inner><deep xmlns='urn:example:deep' a='&amp;'>t</deep></ext:inner></ext:outer>"
                        + "<p:other xmlns:p='urn:example:p'><p:leaf/></p:other><body xml:lang='de'>Gr\u00fc\u00dfe</body></message>"),
                // Already in jabber:client, and in jabber:server: the writer declares it, nothing is added.
                parsed("<message xmlns='jabber:client' type='groupchat'" + TO + " id='c1'><body>hi</body>" + ids + "</message>"),
                parsed("<message xmlns='jabber:server' type='groupchat'" + TO + " id='srv'><body>hi</body></message>"),
                // Without a 'to', with an empty body and whitespace between children, and mixed text.
                parsed("<message type='groupchat' id='w'>\n  <body></body>\n  <thread parent='p'>t1</thread>\n</message>"),
                // A 'to' in a namespace before the plain one: Message.setTo(null) removes the first named 'to'.
                parsed("<message xmlns:q='urn:example:q' q:to='elsewhere' type='groupchat'" + TO + "><body>q</body></message>"),
                built,
                namespacedTo,
                RetractionXml.moderationNotice(new JID("room@groups.example.org"), "notice-1", "5f1c",
                        "owner@example.org", "Spam & \"ads\" \u00e9"));
    }

    @Test
    void theStoredFormIsByteForByteWhatTheCopyAndTheNamespaceRewriteGave() throws Exception {
        for (Message message : variedStanzas()) {
            assertThat(StoredStanza.of(message)).as(message.toXML()).isEqualTo(copiedAndRewritten(message));
        }
    }

    @Test
    void theDeliveredMessageIsLeftAsItWas() throws Exception {
        for (Message message : variedStanzas()) {
            String before = message.toXML();
            StoredStanza.of(message);
            assertThat(message.toXML()).isEqualTo(before);
        }
    }

    @Test
    void theStoredFormIsAMessageInJabberClientWithoutTo() throws Exception {
        Message message = variedStanzas().get(0);
        Element stored = DocumentHelper.parseText(StoredStanza.of(message)).getRootElement();
        assertThat(stored.getQName()).isEqualTo(QName.get("message", "jabber:client"));
        assertThat(stored.attribute("to")).isNull();
        assertThat(stored.attributeValue("id")).isEqualTo(message.getID());
        assertThat(stored.elementText("body")).isEqualTo(message.getBody());
    }

    /** Random stanzas for {@link #theStoredFormIsWhatDom4jWritesForRandomStanzas}. */
    private static final class RandomStanzas {

        private static final String[] CHARS = {"a", "Z", "0", " ", "&", "<", ">", "\"", "'", ";", "#", "\t", "\n", "\r",
            "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u00a0", "\u00e9", "\u4e2d", "\uD83D\uDE00",
            "\uD83C\uDF89", "\uD800", "\uDC00", "\uFFFD", "\uFFFE", "]]>", "&amp;", "&#65;", "--", "?>", "\u2028"};
        private static final String[] URIS = {"urn:a", "urn:b", "urn:c&d<\"e\"", "jabber:client", "jabber:server",
            "urn:xmpp:hints", "eu.siacs.conversations.axolotl", ""};
        private static final String[] PREFIXES = {"", "", "a", "b", "p", "ext"};
        private static final String[] NAMES = {"to", "from", "id", "type", "x", "body", "store", "message", "m", "v"};

        private final Random random;

        RandomStanzas(long seed) {
            random = new Random(seed);
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private String text() {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(3) == 0 ? pick(CHARS) : String.valueOf((char) ('a' + random.nextInt(26))));
            }
            return text.toString();
        }

        private static final String[] RESOURCES = {"bob", "Zo\u00eb", "a&b", "x<y>", "q\"uote'", "\uD83D\uDE00 \u4e2d"};

        private String address() {
            return random.nextBoolean() ? "room@groups.example.org/" + pick(RESOURCES) : "bob@example.org";
        }

        private Namespace namespace() {
            return Namespace.get(pick(PREFIXES), pick(URIS));
        }

        private QName name(boolean attribute) {
            int kind = random.nextInt(6);
            if (attribute && kind == 0) {
                return QName.get("lang", Namespace.XML_NAMESPACE);
            }
            if (kind <= 2) {
                return QName.get(pick(NAMES));
            }
            Namespace namespace = namespace();
            // An attribute's namespace needs a prefix to mean anything; dom4j lets either through.
            return QName.get(pick(NAMES), namespace);
        }

        Message message() {
            int kind = random.nextInt(8);
            QName root = kind == 0 ? QName.get("message", "jabber:client") : kind == 1 ? QName.get("message", namespace())
                    : QName.get("message");
            Element element = DocumentFactory.getInstance().createElement(root);
            if (random.nextInt(4) > 0) {
                element.addAttribute("to", address());
            }
            attributes(element);
            content(element, 0);
            return new Message(element, true);
        }

        private void attributes(Element element) {
            for (int i = random.nextInt(5); i > 0; i--) {
                int kind = random.nextInt(10);
                try {
                    if (kind == 0) {
                        element.addAttribute("xmlns", pick(URIS));
                    } else if (kind == 1) {
                        element.addAttribute("xmlns:" + pick(PREFIXES), pick(URIS));
                    } else {
                        QName name = name(true);
                        // Tinder reads the first to and from as addresses, in whatever namespace.
                        boolean address = name.getName().equals("to") || name.getName().equals("from");
                        element.addAttribute(name, address ? address() : text());
                    }
                } catch (IllegalArgumentException refusedByDom4j) {
                    // A name dom4j does not take (it checks names): nothing to write.
                }
            }
        }

        private void content(Element element, int depth) {
            for (int i = random.nextInt(depth < 3 ? 6 : 3); i > 0; i--) {
                switch (random.nextInt(depth < 3 ? 10 : 7)) {
                    case 0, 1 -> element.addText(text());
                    case 2 -> element.addCDATA(text());
                    case 3 -> element.addComment(text());
                    case 4 -> element.addEntity("e" + random.nextInt(3), text());
                    case 5 -> element.addProcessingInstruction("pi" + random.nextInt(3), text());
                    case 6 -> element.add(Namespace.get(pick(PREFIXES), pick(URIS)));
                    default -> {
                        Element child = element.addElement(name(false));
                        attributes(child);
                        content(child, depth + 1);
                    }
                }
            }
        }
    }

    @Test
    void theStoredFormIsWhatDom4jWritesForRandomStanzas() throws Exception {
        int parsed = 0;
        for (long seed = 0; seed < 2000; seed++) {
            Message message = new RandomStanzas(seed).message();
            String reference = copiedAndRewritten(message);
            assertThat(StoredStanza.of(message)).as("seed %d: %s", seed, reference).isEqualTo(reference);
            // The same stanza as Openfire would have it, read from text (namespace declarations become nodes),
            // when it is well-formed XML at all.
            Message read;
            try {
                read = parsed(message.toXML());
            } catch (org.dom4j.DocumentException notXml) {
                continue;
            }
            parsed++;
            assertThat(StoredStanza.of(read)).as("seed %d, parsed: %s", seed, read.toXML()).isEqualTo(copiedAndRewritten(read));
        }
        // The generator must also give well-formed stanzas, or the parsed half would test nothing.
        assertThat(parsed).isGreaterThan(200);
    }

    @Test
    void aNodeAnElementNeverHoldsWhenParsedIsLeftToDom4jsWriter() throws Exception {
        Message message = parsed("<message type='groupchat'><body>a &amp; b</body></message>");
        // The content list takes anything; Element.add would refuse a DOCTYPE.
        message.getElement().content().add(DocumentFactory.getInstance().createDocType("message", null, "urn:example:dtd"));
        StringWriter expected = new StringWriter();
        new XMLWriter(expected, new OutputFormat()).write(message.getElement());
        assertThat(StoredStanza.of(message))
                .isEqualTo("<message xmlns=\"jabber:client\"" + expected.toString().substring("<message".length()));
    }
}
