package org.svgroups.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class NotifySignatureTest {

    private static final byte[] BODY = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsHmacSha256InLowerCaseHexOfRfc4231TestCase2() {
        assertThat(NotifySignature.sign("Jefe", BODY))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void verifyAcceptsOnlyTheRightSecretAndBody() {
        String header = NotifySignature.sign("Jefe", BODY);
        assertThat(NotifySignature.verify("Jefe", BODY, header)).isTrue();
        assertThat(NotifySignature.verify("jefe", BODY, header)).isFalse();
        assertThat(NotifySignature.verify("Jefe", "other".getBytes(StandardCharsets.UTF_8), header)).isFalse();
        assertThat(NotifySignature.verify("Jefe", BODY, null)).isFalse();
    }

    @Test
    void nothingIsSignedWithoutASecret() {
        assertThatThrownBy(() -> NotifySignature.sign("", BODY)).isInstanceOf(IllegalArgumentException.class);
    }
}
