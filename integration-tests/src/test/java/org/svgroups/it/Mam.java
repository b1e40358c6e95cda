package org.svgroups.it;

import java.time.Duration;

import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.UnparsedIQ;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.svgroups.client.SvGroupsClient;

/** XEP-0313 requests written out as XML, for the real-server tests that look at the archive's exact answers. */
final class Mam {

    static final String NAMESPACE = "urn:xmpp:mam:2";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Mam() {
    }

    /** The stanza-id that {@code group} put on a message it delivered. */
    static String stanzaId(Message message, EntityBareJid group) {
        for (ExtensionElement element : message.getExtensions("stanza-id", "urn:xmpp:sid:0")) {
            StandardExtensionElement id = (StandardExtensionElement) element;
            if (group.toString().equals(id.getAttributeValue("by"))) {
                return id.getAttributeValue("id");
            }
        }
        throw new AssertionError("no stanza-id by " + group + " in " + message.toXML());
    }

    /** A submitted urn:xmpp:mam:2 query form with these field names and values. */
    static String form(String... nameValues) {
        StringBuilder form = new StringBuilder("<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
                + "<value>" + NAMESPACE + "</value></field>");
        for (int i = 0; i < nameValues.length; i += 2) {
            form.append("<field var='").append(nameValues[i]).append("'><value>").append(nameValues[i + 1]).append("</value></field>");
        }
        return form.append("</x>").toString();
    }

    /** A MAM query (set) with this form and RSM children; the result's XML. */
    static String query(SvGroupsClient user, EntityBareJid group, String form, String rsm) throws Exception {
        return iq(user, group, IQ.Type.set, "query", form + (rsm.isEmpty() ? "" : "<set xmlns='http://jabber.org/protocol/rsm'>"
                + rsm + "</set>"));
    }

    /** An urn:xmpp:mam:2 IQ with this child element; the result's XML, single-quoted. */
    static String iq(SvGroupsClient user, Jid to, IQ.Type type, String element, String children) throws Exception {
        return iq(user, to, type, element, NAMESPACE, children);
    }

    /** An IQ with this child element in this namespace; the result's XML, single-quoted; throws on an error. */
    static String iq(SvGroupsClient user, Jid to, IQ.Type type, String element, String namespace, String children)
            throws Exception {
        RawIq request = new RawIq(element, namespace, children);
        request.setTo(to);
        request.setType(type);
        IQ result = user.connection().createStanzaCollectorAndSend(new StanzaIdFilter(request.getStanzaId()), request)
                .nextResultOrThrow(WAIT.toMillis());
        String xml = result instanceof UnparsedIQ unparsed ? unparsed.getContent().toString() : result.toXML().toString();
        return xml.replace('"', '\'');
    }

    /** An IQ whose child is written out as given. */
    private static final class RawIq extends IQ {
        private final String children;

        RawIq(String element, String namespace, String children) {
            super(element, namespace);
            this.children = children;
        }

        @Override
        protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
            if (children.isEmpty()) {
                xml.setEmptyElement();
            } else {
                xml.rightAngleBracket();
                xml.append(children);
            }
            return xml;
        }
    }
}
