package org.svgroups.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PreviewRuleTest {

    private final PreviewRule rule = new PreviewRule(10);

    @Test
    void aPlainMessageGivesItsTextWithWhiteSpaceFolded() {
        assertThat(rule.preview("  hi\n\tthere ", List.of("jabber:client", "urn:xmpp:sid:0"))).contains("hi there");
    }

    @Test
    void everyEncryptionElementMeansNoPreviewEvenWithAFallbackBody() {
        for (String namespace : List.of("eu.siacs.conversations.axolotl", "urn:xmpp:omemo:2", "urn:xmpp:openpgp:0",
                "jabber:x:encrypted", "urn:xmpp:eme:0")) {
            assertThat(rule.preview("I sent you an encrypted message", List.of(namespace))).as(namespace).isEmpty();
            assertThat(PreviewRule.isEncrypted(List.of("urn:xmpp:sid:0", namespace))).isTrue();
        }
        assertThat(PreviewRule.isEncrypted(List.of("urn:xmpp:sid:0", "jabber:x:oob"))).isFalse();
    }

    @Test
    void noBodyOrOnlyWhiteSpaceGivesNoPreview() {
        assertThat(rule.preview(null, List.of())).isEmpty();
        assertThat(rule.preview(" \n ", List.of())).isEmpty();
    }

    @Test
    void aLongTextIsCutOnACodePointWithAnEllipsisWithinTheLimit() {
        assertThat(rule.preview("0123456789", List.of())).contains("0123456789");
        assertThat(rule.preview("0123456789A", List.of())).contains("012345678…");
        // Nine emoji (each two chars) then more: the cut never splits a surrogate pair.
        String emoji = "😀".repeat(12);
        String preview = rule.preview(emoji, List.of()).orElseThrow();
        assertThat(preview).isEqualTo("😀".repeat(9) + "…");
        assertThat(preview.codePointCount(0, preview.length())).isEqualTo(10);
        // No space is left before the ellipsis.
        assertThat(rule.preview("abcdefgh ijk", List.of())).contains("abcdefgh…");
    }

    @Test
    void aLimitBelowTwoIsRefused() {
        assertThatThrownBy(() -> new PreviewRule(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
