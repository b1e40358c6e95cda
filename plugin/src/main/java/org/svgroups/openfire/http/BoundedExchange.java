package org.svgroups.openfire.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange bounded as a whole: a request's own timeout covers only the wait for the headers, so the wait
 * for the complete answer is bounded here too, and the exchange is cancelled when the time runs out, so that a
 * server that never finishes holds nothing open.
 */
public final class BoundedExchange {

    private BoundedExchange() {
    }

    /** Why an exchange failed: a reason in words (no time, interrupted), or the network's failure as its cause. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        private Failure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The complete answer within {@code limit}. */
    public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body,
                                           Duration limit) throws Failure {
        CompletableFuture<HttpResponse<T>> pending = client.sendAsync(request, body);
        try {
            return pending.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new Failure("no complete answer within " + limit.toMillis() + " ms", null);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while waiting for the answer", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new Failure(null, cause);
        }
    }

    /** An expected network failure in words (they name no URL), or empty for anything else. */
    public static Optional<String> describe(Throwable cause, Duration limit) {
        if (cause instanceof HttpConnectTimeoutException) {
            return Optional.of("no connection within " + limit.toMillis() + " ms");
        }
        if (cause instanceof HttpTimeoutException) {
            return Optional.of("no answer within " + limit.toMillis() + " ms");
        }
        if (cause instanceof ConnectException) {
            return Optional.of("connection refused or failed" + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
        }
        if (cause instanceof IOException) {
            return Optional.of(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        return Optional.empty();
    }
}
