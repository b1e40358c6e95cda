package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.core.testing.Directory;

class LinkBlockRuleTest {

    private final Directory people = new Directory();
    private final LinkBlockRule rule = new LinkBlockRule(people);

    @Test
    void nobodyBlockingNobodyBlocked() {
        people.blocking("alice@x", "mallory@x");
        assertThat(rule.check(List.of("bob@x", "carol@x"), "dave@x")).isEmpty();
    }

    @Test
    void aBlockEitherWayIsRefusedExactlyAsAnInvalidLink() {
        people.blocking("carol@x", "dave@x").blocking("erin@x", "bob@x");

        assertThat(rule.check(List.of("bob@x", "carol@x"), "dave@x")).contains(LinkValidityRule.INVALID);
        assertThat(rule.check(List.of("bob@x", "carol@x"), "erin@x")).contains(LinkValidityRule.INVALID);
    }
}
