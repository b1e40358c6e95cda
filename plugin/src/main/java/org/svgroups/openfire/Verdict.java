package org.svgroups.openfire;

import java.util.Optional;

import org.svgroups.core.refusal.Refusal;

/** What the interceptor does with a stanza: let it through, refuse it, or drop it because svgroups handled it. */
record Verdict(Optional<Refusal> refusal, boolean handled) {

    static final Verdict PASS = new Verdict(Optional.empty(), false);
    static final Verdict HANDLED = new Verdict(Optional.empty(), true);

    static Verdict refuse(Refusal refusal) {
        return new Verdict(Optional.of(refusal), false);
    }

    /** Refuses when there is a refusal, else passes. */
    static Verdict of(Optional<Refusal> refusal) {
        return refusal.map(Verdict::refuse).orElse(PASS);
    }
}
