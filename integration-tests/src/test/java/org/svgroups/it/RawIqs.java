package org.svgroups.it;

import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.UnparsedIQ;
import org.jxmpp.jid.Jid;
import org.svgroups.client.Refusal;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;

/** IQ sets whose child is written out by hand, for what the client library would never send. */
final class RawIqs {

    private RawIqs() {
    }

    /**
     * Sends {@code <iq type='set'>} with {@code child} (one element, its namespace declared) to {@code to}; the
     * result's XML, or the error as a {@link SvGroupsException.Refused}.
     */
    static String set(SvGroupsClient user, Jid to, String child) throws Exception {
        RawIq request = new RawIq(child);
        request.setTo(to);
        request.setType(IQ.Type.set);
        try {
            IQ result = user.connection().createStanzaCollectorAndSend(request).nextResultOrThrow();
            return result instanceof UnparsedIQ unparsed ? unparsed.getContent().toString() : result.toXML().toString();
        } catch (XMPPException.XMPPErrorException e) {
            throw new SvGroupsException.Refused(Refusal.from(e.getStanzaError()), null, e);
        }
    }

    /**
     * An IQ whose child element is the given XML: Smack writes its start tag with the namespace, the rest (other
     * attributes, children, end) is written as given.
     */
    private static final class RawIq extends IQ {
        private final String attributes;
        private final String children;

        RawIq(String child) {
            super(child.substring(1).split("[ />]", 2)[0], namespace(child));
            int afterNamespace = child.indexOf('\'', child.indexOf("xmlns='") + 7) + 1;
            String rest = child.substring(afterNamespace);
            if (rest.endsWith("/>") && rest.indexOf('>') == rest.length() - 1) {
                attributes = rest.substring(0, rest.length() - 2);
                children = null;
            } else {
                attributes = rest.substring(0, rest.indexOf('>'));
                children = rest.substring(rest.indexOf('>') + 1, rest.lastIndexOf("</"));
            }
        }

        private static String namespace(String xml) {
            int start = xml.indexOf("xmlns='") + 7;
            return xml.substring(start, xml.indexOf('\'', start));
        }

        @Override
        protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
            xml.append(attributes);
            if (children == null) {
                xml.setEmptyElement();
            } else {
                xml.rightAngleBracket();
                xml.append(children);
            }
            return xml;
        }
    }
}
