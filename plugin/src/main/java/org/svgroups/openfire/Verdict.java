package org.svgroups.openfire;

import java.util.Optional;

import org.svgroups.core.refusal.Refusal;
import org.xmpp.packet.PacketError;

/**
 * What the interceptor does with a stanza: let it through, refuse it, or drop it because svgroups handled it
 * (answering the sender with {@code error} if there is one).
 */
record Verdict(Optional<Refusal> refusal, boolean handled, Optional<PacketError> error) {

    static final Verdict PASS = new Verdict(Optional.empty(), false, Optional.empty());
    static final Verdict HANDLED = new Verdict(Optional.empty(), true, Optional.empty());

    static Verdict refuse(Refusal refusal) {
        return new Verdict(Optional.of(refusal), false, Optional.empty());
    }

    /** Handled, and answered with this error. */
    static Verdict answered(PacketError error) {
        return new Verdict(Optional.empty(), true, Optional.of(error));
    }

    /** Refuses when there is a refusal, else passes. */
    static Verdict of(Optional<Refusal> refusal) {
        return refusal.map(Verdict::refuse).orElse(PASS);
    }
}
