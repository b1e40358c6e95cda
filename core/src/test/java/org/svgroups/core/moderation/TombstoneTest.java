package org.svgroups.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TombstoneTest {

    private static final Instant AT = Instant.parse("2026-12-03T14:00:00Z");

    @Test
    void anOwnRetractionHasNoModeratorNorReason() {
        Tombstone own = Tombstone.own(AT, "r-1");

        assertThat(own.isModeration()).isFalse();
        assertThat(own.reason()).isNull();
        assertThatThrownBy(() -> new Tombstone(AT, "r-1", null, "why")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aModerationKeepsItsModeratorAndABlankReasonCountsAsNone() {
        assertThat(Tombstone.moderated(AT, "r-2", "owner@svgroups.test", "spam").reason()).isEqualTo("spam");
        assertThat(Tombstone.moderated(AT, "r-2", "owner@svgroups.test", "  ").reason()).isNull();
        assertThat(Tombstone.moderated(AT, null, "dance@groups.svgroups.test", null).isModeration()).isTrue();
    }
}
