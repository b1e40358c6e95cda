package org.svgroups.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.core.moderation.Archives.target;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

class RetractionRuleTest {

    private final Membership group = Membership.of(List.of("owner"), List.of("admin"), List.of("bob", "carol"));
    private final Archives archive = new Archives(Map.of(
            "bob-1", target("bob-1", "bob", ArchivedKind.MESSAGE),
            "owner-1", target("owner-1", "owner", ArchivedKind.MESSAGE),
            "bob-retraction", target("bob-retraction", "bob", ArchivedKind.RETRACTION),
            "bob-gone", target("bob-gone", "bob", ArchivedKind.TOMBSTONE),
            "left-1", target("left-1", "dave", ArchivedKind.MESSAGE)));

    private AppCondition refusal(String actor, String id) {
        return RetractionRule.check(group, actor, id, archive).refusal().map(Refusal::condition).orElse(null);
    }

    @Test
    void aMemberRetractsTheirOwnMessage() {
        RetractionDecision decision = RetractionRule.check(group, "bob", "bob-1", archive);

        assertThat(decision.refusal()).isEmpty();
        assertThat(decision.target().message().id()).isEqualTo("bob-1");
    }

    @Test
    void nobodyRetractsSomeoneElsesMessageThisWayNotEvenAnOwner() {
        assertThat(refusal("carol", "bob-1")).isEqualTo(AppCondition.NOT_AUTHOR);
        assertThat(refusal("owner", "bob-1")).isEqualTo(AppCondition.NOT_AUTHOR);
        assertThat(refusal("bob", "owner-1")).isEqualTo(AppCondition.NOT_AUTHOR);
    }

    @Test
    void someoneOutsideTheGroupIsRefusedBeforeTheArchiveIsRead() {
        // dave wrote left-1 and has left the group since.
        assertThat(refusal("dave", "left-1")).isEqualTo(AppCondition.NOT_MEMBER);
        assertThat(refusal("stranger", "bob-1")).isEqualTo(AppCondition.NOT_MEMBER);
        assertThat(archive.lookups).hasValue(0);
    }

    @Test
    void anIdTheGroupsArchiveDoesNotHaveIsNotFound() {
        assertThat(refusal("bob", "forged")).isEqualTo(AppCondition.MESSAGE_NOT_FOUND);
    }

    @Test
    void retractionsAndTombstonesCannotBeRetracted() {
        RetractionDecision retraction = RetractionRule.check(group, "bob", "bob-retraction", archive);
        RetractionDecision tombstone = RetractionRule.check(group, "bob", "bob-gone", archive);

        assertThat(retraction.refusal()).map(Refusal::condition).contains(AppCondition.NOT_RETRACTABLE);
        assertThat(retraction.refusal().get().text()).contains("cannot itself be retracted");
        assertThat(tombstone.refusal()).map(Refusal::condition).contains(AppCondition.NOT_RETRACTABLE);
        assertThat(tombstone.refusal().get().text()).contains("already been retracted");
        assertThat(retraction.target()).isNull();
    }

    @Test
    void aMissingOrBlankIdIsMalformed() {
        assertThat(refusal("bob", null)).isEqualTo(AppCondition.RETRACTION_INVALID);
        assertThat(refusal("bob", " ")).isEqualTo(AppCondition.RETRACTION_INVALID);
        assertThat(archive.lookups).hasValue(0);
    }
}
