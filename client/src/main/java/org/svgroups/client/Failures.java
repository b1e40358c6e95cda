package org.svgroups.client;

import java.io.IOException;
import java.time.Duration;

import javax.net.ssl.SSLException;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smackx.muc.MultiUserChatException;
import org.jxmpp.jid.EntityBareJid;

/** Turns Smack's exceptions into {@link SvGroupsException}s whose messages say what went wrong in plain words. */
final class Failures {

    private Failures() {
    }

    /** A Smack call that may throw anything Smack throws. */
    @FunctionalInterface
    interface SmackCall<T> {
        T call() throws Exception;
    }

    /**
     * Runs a Smack call, translating its checked exceptions with {@link #translate}; runtime exceptions and
     * {@link SvGroupsException}s pass through.
     */
    static <T> T call(XMPPConnection connection, String action, EntityBareJid group, SmackCall<T> call)
            throws SvGroupsException {
        try {
            return call.call();
        } catch (RuntimeException | SvGroupsException e) {
            throw e;
        } catch (Exception e) {
            throw translate(e, action, group, replyTimeout(connection));
        }
    }

    /** Sends an IQ request and returns its result; an error reply is a {@link SvGroupsException.Refused}. */
    static IQ request(XMPPConnection connection, String action, EntityBareJid group, IQ request)
            throws SvGroupsException {
        return call(connection, action, group, () -> connection.createStanzaCollectorAndSend(request).nextResultOrThrow());
    }

    /** The connection's reply timeout, for the messages of failures. */
    static Duration replyTimeout(XMPPConnection connection) {
        return Duration.ofMillis(connection.getReplyTimeout());
    }

    /**
     * Translates a failure of {@code action}.
     *
     * @param e what Smack threw.
     * @param action what was being done, in words ("list groups"); starts the message of non-refusals.
     * @param group the group concerned, or {@code null}.
     * @param replyTimeout the connection's reply timeout, for the no-response message.
     */
    static SvGroupsException translate(Exception e, String action, EntityBareJid group, Duration replyTimeout) {
        if (e instanceof XMPPException.XMPPErrorException) {
            return new SvGroupsException.Refused(
                    Refusal.from(((XMPPException.XMPPErrorException) e).getStanzaError()), group, e);
        }
        if (e instanceof SmackException.NoResponseException) {
            return new SvGroupsException.NoResponse(
                    action + ": no reply from the server within " + seconds(replyTimeout), e);
        }
        if (e instanceof SmackException.NotConnectedException) {
            return new SvGroupsException.ConnectionFailed(action + ": not connected to the server", e);
        }
        if (e instanceof MultiUserChatException.NotAMucServiceException) {
            return new SvGroupsException.ServiceNotFound(action + ": " + (group == null ? "the group service"
                    : group.asDomainBareJid().toString()) + " is not a multi-user chat service");
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new SvGroupsException(action + ": interrupted", e);
        }
        return new SvGroupsException(action + ": " + describe(e), e);
    }

    /** Translates a failure to connect or log in. */
    static SvGroupsException translateConnect(Exception e, ClientConfig config) {
        String where = config.host() + ":" + config.port();
        if (e instanceof SASLErrorException) {
            String condition = ((SASLErrorException) e).getSASLFailure().getSASLErrorString();
            return new SvGroupsException.NotAuthorized(
                    "login refused for " + config.username() + "@" + config.domain() + ": " + condition, e);
        }
        if (e instanceof SmackException.SecurityRequiredByClientException) {
            return new SvGroupsException.ConnectionFailed(where + " offers no TLS but the client requires it; "
                    + "use security mode 'disabled' for a local test server (svgroups-cli: --insecure)", e);
        }
        if (e instanceof SmackException.SecurityRequiredByServerException) {
            return new SvGroupsException.ConnectionFailed(where + " requires TLS; do not disable security", e);
        }
        if (e instanceof SmackException.SmackCertificateException || e instanceof SSLException) {
            return new SvGroupsException.ConnectionFailed("TLS with " + where + " failed: " + describe(e), e);
        }
        if (e instanceof SmackException.EndpointConnectionException) {
            SmackException.EndpointConnectionException ece = (SmackException.EndpointConnectionException) e;
            String reason = ece.getConnectionExceptions().isEmpty() ? describe(e)
                    : describe(ece.getConnectionExceptions().get(0).getException());
            return new SvGroupsException.ConnectionFailed("cannot connect to " + where + ": " + reason, e);
        }
        if (e instanceof SmackException.ConnectionException || e instanceof IOException) {
            return new SvGroupsException.ConnectionFailed("cannot connect to " + where + ": " + describe(e), e);
        }
        if (e instanceof XMPPException.StreamErrorException) {
            return new SvGroupsException.ConnectionFailed(
                    where + " closed the stream: " + ((XMPPException.StreamErrorException) e).getStreamError(), e);
        }
        return translate(e, "connect to " + where, null, config.replyTimeout());
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
