package org.svgroups.it;

import java.util.List;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jxmpp.jid.Jid;

/**
 * XEP-0191 blocking commands, sent by hand: Smack 4.4 has them only in smack-experimental, which the client does not
 * depend on. {@code <iq type='set'><block xmlns='urn:xmpp:blocking'><item jid='...'/></block></iq>} and its
 * {@code <unblock/>} twin; Openfire answers with an empty result.
 */
final class Blocking {

    static final String NAMESPACE = "urn:xmpp:blocking";

    private Blocking() {
    }

    /** Blocks the JIDs for the connection's user and waits for the server's result (an error throws). */
    static void block(XMPPConnection connection, Jid... jids) throws Exception {
        connection.createStanzaCollectorAndSend(new BlockingCommand("block", List.of(jids))).nextResultOrThrow();
    }

    /** Unblocks the JIDs for the connection's user and waits for the server's result (an error throws). */
    static void unblock(XMPPConnection connection, Jid... jids) throws Exception {
        connection.createStanzaCollectorAndSend(new BlockingCommand("unblock", List.of(jids))).nextResultOrThrow();
    }

    private static final class BlockingCommand extends IQ {

        private final List<Jid> jids;

        BlockingCommand(String element, List<Jid> jids) {
            super(element, NAMESPACE);
            this.jids = jids;
            setType(Type.set);
        }

        @Override
        protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
            xml.rightAngleBracket();
            for (Jid jid : jids) {
                xml.halfOpenElement("item").attribute("jid", jid).closeEmptyElement();
            }
            return xml;
        }
    }
}
