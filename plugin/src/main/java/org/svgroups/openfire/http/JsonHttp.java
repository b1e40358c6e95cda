package org.svgroups.openfire.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.json.JSONException;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks one of the app's JSON services: {@code GET} with {@code Accept: application/json}, and a JSON object back.
 * <p>
 * The timeout is the connect timeout and also bounds the whole exchange, body included (a server that sends its
 * headers and then stalls is cut off too). Redirects are not followed. Only a {@code 200} answer's body is read, up
 * to {@link #MAX_BODY_BYTES}; any other status is returned without its body, for the caller to interpret. Every
 * failure is a {@link JsonHttpException} whose message is a reason fit for one log line (no URL in it).
 * <p>
 * Instances are thread-safe and hold one {@link HttpClient} for all their requests.
 */
public final class JsonHttp {

    /** Largest answer body read; the app's answers are small objects. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger Log = LoggerFactory.getLogger(JsonHttp.class);

    private final String service;
    private final Duration timeout;
    private final HttpClient client;

    /** A status and, for {@code 200} only, the answer's JSON object (null for any other status). */
    public record Response(int status, JSONObject body) {
    }

    /**
     * @param service what is asked, for messages ("follow graph", "catalogue")
     * @param timeout connect timeout and limit of the whole exchange; positive
     * @throws IllegalArgumentException if the timeout is not positive, with a message fit for the admin console
     */
    public JsonHttp(String service, Duration timeout) {
        this.service = Objects.requireNonNull(service, "service");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The " + service + " timeout must be positive, not " + timeout + ".");
        }
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * @return the answer's status, with its JSON object when the status is {@code 200}
     * @throws JsonHttpException when there is no complete answer within the timeout (no connection, refused,
     *                           interrupted, ...), or a {@code 200} whose body is larger than {@link #MAX_BODY_BYTES}
     *                           or not a JSON object
     */
    public Response get(URI uri) throws JsonHttpException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = BoundedExchange.send(client, request, JsonHttp::bodyHandler, timeout);
        } catch (BoundedExchange.Failure failure) {
            throw new JsonHttpException(failure.getCause() == null ? failure.getMessage() : describe(uri, failure.getCause()));
        }
        if (response.statusCode() != 200) {
            return new Response(response.statusCode(), null);
        }
        try {
            return new Response(200, new JSONObject(response.body()));
        } catch (JSONException e) {
            throw new JsonHttpException("the answer is not a JSON object: " + e.getMessage());
        }
    }

    /** Scheme, host and port of a URL: what a log may show of it (the rest may hold an access token). */
    public static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private String describe(URI uri, Throwable cause) {
        if (cause instanceof BodyTooLargeException) {
            return cause.getMessage();
        }
        return BoundedExchange.describe(cause, timeout).orElseGet(() -> {
            // Not an expected network failure: keep the trace, at debug, for whoever looks into it.
            Log.debug("Unexpected failure asking the {} at {}", service, origin(uri), cause);
            return "unexpected " + cause;
        });
    }

    /** A 200 answer is read (up to {@link #MAX_BODY_BYTES}); any other is discarded unread. */
    private static HttpResponse.BodySubscriber<String> bodyHandler(HttpResponse.ResponseInfo info) {
        return info.statusCode() == 200
                ? new LimitedBody(MAX_BODY_BYTES)
                : HttpResponse.BodySubscribers.replacing(null);
    }

    private static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(int limit) {
            super("the answer is larger than " + limit + " bytes");
        }
    }

    /** The body as UTF-8 text, or a failure as soon as it exceeds the limit (the rest is not read). */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<String> {
        private final int limit;
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (bytes.size() + item.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyTooLargeException(limit));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String toString() {
        return "JsonHttp[" + service + ", timeout " + timeout.toMillis() + " ms]";
    }
}
