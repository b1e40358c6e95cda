package org.svgroups.core.links;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.group.AffiliationChange;
import org.svgroups.core.group.Membership;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.rules.MemberCapRule;
import org.svgroups.core.rules.MinimumAgeRule;

/**
 * Someone uses an invite link of a group: the rules in the order a refusal is reported. The link must be a link
 * of this group and active; someone already in the group has nothing to do; the minimum age holds; a block either
 * way looks like an invalid link; someone under the consent age needs a friend in the group; the member cap holds;
 * then the group either takes them now or holds them for approval. Nothing here counts a use or a failed try: the
 * adapter does, from the decision.
 */
public final class LinkJoinRule {

    private final LinkValidityRule validity;
    private final MinimumAgeRule minimumAge;
    private final LinkBlockRule blocks;
    private final TeenLinkRule teens;
    private final MemberCapRule memberCap;
    private final LinkApprovalRule approval;

    public LinkJoinRule(GroupSettings settings, LinkSettings linkSettings, FriendGraph friends, People people, Clock clock) {
        AgePolicy ages = new AgePolicy(settings, clock);
        this.validity = new LinkValidityRule(clock);
        this.minimumAge = new MinimumAgeRule(people, ages);
        this.blocks = new LinkBlockRule(people);
        this.teens = new TeenLinkRule(friends, people, ages, settings);
        this.memberCap = new MemberCapRule(settings);
        this.approval = new LinkApprovalRule(linkSettings, people, ages);
    }

    /**
     * @param group  the group the join is addressed to (bare JID)
     * @param link   the link the token names, if any
     */
    public LinkDecision decide(String group, Membership members, String joiner, Optional<InviteLink> link) {
        Optional<Refusal> refusal = validity.check(group, link);
        if (refusal.isPresent()) {
            return LinkDecision.refused(refusal.get());
        }
        if (members.includes(joiner)) {
            return LinkDecision.of(LinkDecision.Outcome.ALREADY_IN);
        }
        refusal = admissible(members, joiner);
        if (refusal.isPresent()) {
            return LinkDecision.refused(refusal.get());
        }
        return LinkDecision.of(approval.needsApproval(members) ? LinkDecision.Outcome.REQUEST : LinkDecision.Outcome.JOIN);
    }

    /**
     * Whether the joiner may come in as the group is now, whatever the link: checked again when an owner or admin
     * approves a request, since the group (and the joiner's age) may have changed while it waited.
     */
    public Optional<Refusal> admissible(Membership members, String joiner) {
        Set<String> everyone = members.all();
        return minimumAge.checkSelf(joiner)
                .or(() -> blocks.check(everyone, joiner))
                .or(() -> teens.check(everyone, joiner))
                .or(() -> memberCap.check(members, List.of(new AffiliationChange(joiner, Affiliation.MEMBER))));
    }
}
