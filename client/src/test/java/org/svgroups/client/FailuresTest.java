package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smack.sasl.packet.SaslNonza;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final ClientConfig CONFIG = ClientConfig.builder()
            .host("127.0.0.1").domain("svgroups.test").username("alice").password("wrong").build();

    @Test
    void rejectedCredentialsAreNotAuthorized() {
        SvGroupsException e = Failures.translateConnect(
                new SASLErrorException("SCRAM-SHA-1", new SaslNonza.SASLFailure("not-authorized")), CONFIG);

        assertThat(e).isInstanceOf(SvGroupsException.NotAuthorized.class)
                .hasMessage("login refused for alice@svgroups.test: not-authorized");
    }

    @Test
    void missingTlsPointsToTheInsecureMode() {
        SvGroupsException e = Failures.translateConnect(new SmackException.SecurityRequiredByClientException(), CONFIG);

        assertThat(e).isInstanceOf(SvGroupsException.ConnectionFailed.class)
                .hasMessage("127.0.0.1:5222 offers no TLS but the client requires it; use security mode 'disabled' "
                        + "for a local test server (svgroups-cli: --insecure)");
    }

    @Test
    void otherSocketFailuresNameTheEndpointAndRootCause() {
        SvGroupsException e = Failures.translateConnect(
                new java.io.IOException("handshake", new ConnectException("Connection reset")), CONFIG);

        assertThat(e).isInstanceOf(SvGroupsException.ConnectionFailed.class)
                .hasMessage("cannot connect to 127.0.0.1:5222: Connection reset");
    }

    @Test
    void notConnectedAndInterruptedSayWhatWasBeingDone() {
        assertThat(Failures.translate(new SmackException.NotConnectedException(), "list groups", null, Duration.ofSeconds(10)))
                .isInstanceOf(SvGroupsException.ConnectionFailed.class)
                .hasMessage("list groups: not connected to the server");

        SvGroupsException interrupted = Failures.translate(new InterruptedException(), "join x", null, Duration.ofSeconds(1));
        assertThat(interrupted).hasMessage("join x: interrupted");
        // The interrupt must survive the translation; clear it so it does not leak into other tests.
        assertThat(Thread.interrupted()).isTrue();
    }
}
