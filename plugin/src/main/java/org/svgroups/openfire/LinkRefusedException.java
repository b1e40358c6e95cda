package org.svgroups.openfire;

import org.svgroups.core.refusal.Refusal;

/** A link action the rules refuse: the handler answers with the refusal. */
final class LinkRefusedException extends Exception {

    private final transient Refusal refusal;

    LinkRefusedException(Refusal refusal) {
        super(refusal.toString(), null, false, false);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
