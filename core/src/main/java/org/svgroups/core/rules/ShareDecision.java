package org.svgroups.core.rules;

import java.util.Optional;

import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.share.Share;

/** The answer to a share: refused, or the share to deliver (enriched from the catalogue, or marked unverified). */
public record ShareDecision(Optional<Refusal> refusal, Share share) {

    static ShareDecision refused(Refusal refusal) {
        return new ShareDecision(Optional.of(refusal), null);
    }

    static ShareDecision deliver(Share share) {
        return new ShareDecision(Optional.empty(), share);
    }
}
