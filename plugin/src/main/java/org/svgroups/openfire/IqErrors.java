package org.svgroups.openfire;

import org.svgroups.core.refusal.Refusal;
import org.xmpp.packet.IQ;
import org.xmpp.packet.PacketError;

/** Error answers of the plugin's IQ handlers: the request's child echoed, as RFC 6120 allows, and the error. */
final class IqErrors {

    private IqErrors() {
    }

    /** A standard condition with an English text. */
    static IQ error(IQ iq, PacketError.Condition condition, String text) {
        return reply(iq, new PacketError(condition, condition.getDefaultType(), text, "en"));
    }

    /** A core refusal, with its condition in {@code urn:svgroups:errors:0}. */
    static IQ refused(IQ iq, Refusal refusal) {
        return reply(iq, Refusals.toPacketError(refusal));
    }

    private static IQ reply(IQ iq, PacketError error) {
        IQ reply = IQ.createResultIQ(iq);
        reply.setChildElement(iq.getChildElement().createCopy());
        reply.setError(error);
        return reply;
    }
}
