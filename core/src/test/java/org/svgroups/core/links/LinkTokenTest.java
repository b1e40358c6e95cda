package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LinkTokenTest {

    private final LinkToken tokens = new LinkToken(new SecureRandom());

    @Test
    void aTokenIs128RandomBitsInBase64urlWithoutPadding() {
        String token = tokens.generate();

        assertThat(token).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(16);
        assertThat(LinkToken.isWellFormed(token)).isTrue();
    }

    @Test
    void tokensAndIdsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(tokens.generate())).isTrue();
            assertThat(seen.add(tokens.newId())).isTrue();
        }
    }

    @Test
    void theHashIsTheSha256InHex() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        assertThat(LinkToken.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = tokens.generate();
        assertThat(LinkToken.hash(token)).hasSize(64).isEqualTo(LinkToken.hash(token)).doesNotContain(token);
    }

    @Test
    void anythingButTheTokenFormIsRefusedBeforeAnyLookup() {
        assertThat(LinkToken.isWellFormed(null)).isFalse();
        assertThat(LinkToken.isWellFormed("")).isFalse();
        assertThat(LinkToken.isWellFormed("a".repeat(21))).isFalse();
        assertThat(LinkToken.isWellFormed("a".repeat(23))).isFalse();
        assertThat(LinkToken.isWellFormed("a".repeat(21) + "=")).isFalse();
        assertThat(LinkToken.isWellFormed("a".repeat(21) + "<")).isFalse();
        assertThat(LinkToken.isWellFormed("a".repeat(21) + "-")).isTrue();
    }
}
