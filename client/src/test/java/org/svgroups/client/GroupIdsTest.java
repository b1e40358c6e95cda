package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GroupIdsTest {

    @Test
    void idsAreTwelveLowerCaseBase32Characters() {
        for (int i = 0; i < 1000; i++) {
            assertThat(GroupIds.newId()).hasSize(GroupIds.LENGTH).matches("[a-z2-7]{12}");
        }
    }

    @Test
    void idsAreValidLocalpartsUnchangedByNormalisation() {
        String id = GroupIds.newId();
        assertThat(GroupIds.newLocalpart().toString()).matches("[a-z2-7]{12}");
        assertThat(org.jxmpp.jid.parts.Localpart.fromOrThrowUnchecked(id).toString()).isEqualTo(id);
    }

    @Test
    void idsDoNotRepeatAndUseTheWholeAlphabet() {
        Set<String> ids = new HashSet<>();
        Set<Character> characters = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = GroupIds.newId();
            ids.add(id);
            id.chars().forEach(c -> characters.add((char) c));
        }
        assertThat(ids).hasSize(10_000);
        // 120,000 draws from 32 symbols: a missing symbol would mean a broken generator.
        assertThat(characters).hasSize(32);
    }
}
