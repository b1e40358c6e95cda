package org.svgroups.core.links;

import java.util.Collection;
import java.util.Optional;

import org.svgroups.core.people.People;
import org.svgroups.core.refusal.Refusal;

/**
 * Nobody joins by link a group where someone blocked them, or someone they blocked is. The refusal is exactly the
 * one of an invalid link, so that neither side learns of a block.
 */
public final class LinkBlockRule {

    private final People people;

    public LinkBlockRule(People people) {
        this.people = people;
    }

    public Optional<Refusal> check(Collection<String> members, String joiner) {
        for (String member : members) {
            if (people.blocks(member, joiner) || people.blocks(joiner, member)) {
                return Optional.of(LinkValidityRule.INVALID);
            }
        }
        return Optional.empty();
    }
}
