package org.svgroups.core.rules;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.Membership;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.share.Catalogue;
import org.svgroups.core.share.CatalogueAnswer;
import org.svgroups.core.share.InvalidShareException;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareSettings;
import org.svgroups.core.share.ShareXml;

/**
 * What happens to a video or product shared into a group, in order: one readable share within bounds, from the
 * app's own hosts, within the sender's per-minute limit, known to the catalogue and shareable, suitable for every
 * member. What is delivered carries the catalogue's metadata, never the sender's, and says whether it was
 * verified.
 */
public final class ShareRules {

    private final ShareLimitsRule limits = new ShareLimitsRule();
    private final ShareOriginRule origin;
    private final RateLimitRule rate;
    private final ContentAvailableRule available;
    private final ContentSuitsEveryMemberRule suitable;
    private final Supplier<Optional<Catalogue>> catalogue;

    /** @param catalogue the app's catalogue, or empty when none is configured (shares are then delivered unverified) */
    public ShareRules(ShareSettings shareSettings, GroupSettings groupSettings, Optional<Catalogue> catalogue,
                      People people, Map<String, Integer> shareCounts, Clock clock) {
        this(shareSettings, groupSettings, () -> catalogue, people, shareCounts, clock);
    }

    /** @param catalogue asked for each share: the catalogue currently configured, if any */
    public ShareRules(ShareSettings shareSettings, GroupSettings groupSettings, Supplier<Optional<Catalogue>> catalogue,
                      People people, Map<String, Integer> shareCounts, Clock clock) {
        this.origin = new ShareOriginRule(shareSettings);
        this.rate = new RateLimitRule("shares per minute", shareCounts, Duration.ofMinutes(1),
                shareSettings::sharesPerUserPerMinute, clock);
        this.available = new ContentAvailableRule(shareSettings);
        this.suitable = new ContentSuitsEveryMemberRule(people, groupSettings, clock);
        this.catalogue = catalogue;
    }

    /**
     * @param shareElements every share element of the message, as XML text
     */
    public ShareDecision check(Membership group, String sender, List<String> shareElements) {
        if (shareElements.size() != 1) {
            return ShareDecision.refused(Refusal.of(AppCondition.SHARE_INVALID, "A message carries exactly one share, not " + shareElements.size() + "."));
        }
        Share share;
        try {
            share = ShareXml.parse(shareElements.get(0));
        } catch (InvalidShareException e) {
            return ShareDecision.refused(Refusal.of(AppCondition.SHARE_INVALID, e.getMessage()));
        }
        Optional<Refusal> refusal = limits.check(share).or(() -> origin.check(share)).or(() -> rate.acquire(sender, 1));
        if (refusal.isPresent()) {
            return ShareDecision.refused(refusal.get());
        }
        Optional<Catalogue> configured = catalogue.get();
        if (configured.isEmpty()) {
            return ShareDecision.deliver(share.withVerified(false));
        }
        CatalogueAnswer answer = configured.get().lookup(share.kind(), share.id());
        refusal = available.check(answer);
        if (refusal.isPresent()) {
            return ShareDecision.refused(refusal.get());
        }
        if (answer.status() != CatalogueAnswer.Status.AVAILABLE) {
            return ShareDecision.deliver(share.withVerified(false));
        }
        refusal = suitable.check(group, answer.minimumAge());
        return refusal.map(ShareDecision::refused)
                .orElseGet(() -> ShareDecision.deliver(share.withMetadataOf(answer.item())));
    }
}
