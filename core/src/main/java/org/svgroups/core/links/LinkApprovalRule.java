package org.svgroups.core.links;

import org.svgroups.core.group.Membership;
import org.svgroups.core.people.AgeGroup;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.people.People;

/**
 * Whether newcomers by link wait for an owner's or admin's approval: in a group one of whose owners is under the
 * consent age (a teen's group does not fill up with strangers unseen), or in every group when the setting says
 * {@code all}. An owner without a birthdate counts as an adult, as for consent.
 */
public final class LinkApprovalRule {

    private final LinkSettings settings;
    private final People people;
    private final AgePolicy ages;

    public LinkApprovalRule(LinkSettings settings, People people, AgePolicy ages) {
        this.settings = settings;
        this.people = people;
        this.ages = ages;
    }

    public boolean needsApproval(Membership group) {
        if (settings.linkApproval() == LinkApproval.ALL) {
            return true;
        }
        return group.owners().stream().anyMatch(owner -> ages.classify(people.birthdate(owner)) == AgeGroup.MINOR);
    }
}
