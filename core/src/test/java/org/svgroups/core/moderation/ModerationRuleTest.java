package org.svgroups.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.core.moderation.Archives.target;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

class ModerationRuleTest {

    private final Membership group = Membership.of(List.of("owner"), List.of("admin"), List.of("bob", "carol"));
    private final Archives archive = new Archives(Map.of(
            "bob-1", target("bob-1", "bob", ArchivedKind.MESSAGE),
            "owner-1", target("owner-1", "owner", ArchivedKind.MESSAGE),
            "notice", target("notice", Archives.GROUP, ArchivedKind.RETRACTION),
            "gone", target("gone", "carol", ArchivedKind.TOMBSTONE)));

    private AppCondition refusal(String actor, String id, String reason) {
        return ModerationRule.check(group, actor, id, reason, archive).refusal().map(Refusal::condition).orElse(null);
    }

    @Test
    void ownersAdminsAndTheServiceModerateAnyonesMessage() {
        assertThat(ModerationRule.check(group, "owner", "bob-1", "spam", archive).target().message().id()).isEqualTo("bob-1");
        assertThat(refusal("admin", "bob-1", null)).isNull();
        assertThat(refusal("admin", "owner-1", "rude")).isNull();
        assertThat(refusal("owner", "owner-1", null)).isNull();
        assertThat(refusal(null, "bob-1", "reported")).isNull();
    }

    @Test
    void plainMembersAndStrangersMayNotAndTheArchiveIsNotRead() {
        assertThat(refusal("carol", "bob-1", null)).isEqualTo(AppCondition.NOT_MODERATOR);
        // Not even their own message: that is XEP-0424's path.
        assertThat(refusal("bob", "bob-1", null)).isEqualTo(AppCondition.NOT_MODERATOR);
        assertThat(refusal("stranger", "bob-1", null)).isEqualTo(AppCondition.NOT_MEMBER);
        assertThat(archive.lookups).hasValue(0);
    }

    @Test
    void unknownIdsNoticesAndTombstonesAreRefused() {
        assertThat(refusal("owner", "forged", null)).isEqualTo(AppCondition.MESSAGE_NOT_FOUND);
        assertThat(refusal("owner", "notice", null)).isEqualTo(AppCondition.NOT_RETRACTABLE);
        assertThat(refusal(null, "gone", null)).isEqualTo(AppCondition.NOT_RETRACTABLE);
    }

    @Test
    void aMissingIdOrAnOverlongReasonIsMalformed() {
        assertThat(refusal("owner", "", null)).isEqualTo(AppCondition.RETRACTION_INVALID);
        assertThat(refusal("owner", "bob-1", "x".repeat(ModerationRule.MAX_REASON_LENGTH))).isNull();
        assertThat(refusal("owner", "bob-1", "x".repeat(ModerationRule.MAX_REASON_LENGTH + 1)))
                .isEqualTo(AppCondition.RETRACTION_INVALID);
    }
}
