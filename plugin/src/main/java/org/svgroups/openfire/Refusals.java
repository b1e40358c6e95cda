package org.svgroups.openfire;

import java.util.Map;

import org.dom4j.Element;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.svgroups.core.SvGroupsProtocol;
import org.svgroups.core.refusal.Refusal;
import org.xmpp.packet.PacketError;

/** Turns a core {@link Refusal} into the stanza error a client receives. */
final class Refusals {

    private Refusals() {
    }

    /**
     * A standard condition, a text and an application condition in {@code urn:svgroups:errors:0}, e.g.
     * {@code <profile-locked xmlns='urn:svgroups:errors:0' option='muc#roomconfig_publicroom'/>}.
     */
    static PacketError toPacketError(Refusal refusal) {
        PacketError.Condition condition = PacketError.Condition.fromXMPP(refusal.condition().stanzaCondition());
        PacketError error = new PacketError(condition, condition.getDefaultType(), refusal.text(), "en");
        error.setApplicationCondition(refusal.condition().elementName(), SvGroupsProtocol.ERRORS_NAMESPACE);
        Element applicationCondition = error.getElement()
                .element(refusal.condition().elementName());
        for (Map.Entry<String, String> attribute : refusal.attributes().entrySet()) {
            applicationCondition.addAttribute(attribute.getKey(), attribute.getValue());
        }
        return error;
    }

    /** What an interceptor throws so that Openfire answers the sender with the refusal and drops the stanza. */
    static PacketRejectedException toRejection(Refusal refusal) {
        PacketRejectedException rejection = new PacketRejectedException(refusal.toString());
        rejection.setRejectionError(toPacketError(refusal));
        return rejection;
    }
}
