package org.svgroups.openfire.friends;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.json.JSONException;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.friends.Friendship;

/**
 * The app's own follow graph, asked over HTTP.
 *
 * <h2>Contract with the app</h2>
 * For two users {@code a} and {@code b} (bare JIDs such as {@code alice@example.org}), the graph sends
 * <pre>
 * GET &lt;the URL template with {a} and {b} replaced by the URL-encoded bare JIDs&gt;
 * Accept: application/json
 * </pre>
 * for example {@code GET https://app.example/api/mutual?a=alice%40example.org&b=bob%40example.org}. The JIDs are
 * percent-encoded as UTF-8 (a space is {@code %20}, never {@code +}), so a placeholder may stand in the query or
 * in a path segment. The app answers {@code 200} with a JSON object whose member {@code friends} is a JSON boolean:
 * <pre>
 * {"friends": true}     each of the two follows the other
 * {"friends": false}    at most one follows the other
 * </pre>
 * Other members are ignored. The question is symmetric: the app must give the same answer for ({@code a},
 * {@code b}) and ({@code b}, {@code a}), and the graph may ask in either order. Anything else is
 * {@link Friendship#UNREACHABLE}: no connection, no complete answer within the timeout, a status other than
 * {@code 200} (redirects are not followed), a body that is not a JSON object or is larger than 64 KiB, a missing
 * {@code friends} member or one that is not a boolean (the string {@code "true"} does not count). Each such failure
 * is logged once, at warn, with its reason; the log names the app's scheme, host and port but never the rest of
 * the URL (which may hold an access token).
 *
 * <h2>Cache</h2>
 * Definite answers are kept in the cache given at construction, under a key that does not depend on the order of
 * the two users; {@link Friendship#UNREACHABLE} is never kept, so the next question asks again. In Openfire the
 * cache is a {@code Cache} from {@code CacheFactory} (cluster-wide, with its own size bound and expiry); any
 * thread-safe {@link Map} does.
 *
 * <p>A user is always the friend of themselves: {@code friendship(a, a)} answers {@link Friendship#FRIENDS}
 * without asking. Instances are thread-safe; each holds one {@link HttpClient} for all its questions.
 */
public final class HttpFollowGraph implements FriendGraph {

    /** The placeholder for the first user's URL-encoded bare JID. */
    public static final String PLACEHOLDER_A = "{a}";
    /** The placeholder for the second user's URL-encoded bare JID. */
    public static final String PLACEHOLDER_B = "{b}";
    /** The JSON member of the app's answer. */
    public static final String FRIENDS_MEMBER = "friends";

    /** Largest answer body read; a yes/no answer is a few bytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger Log = LoggerFactory.getLogger(HttpFollowGraph.class);

    /** Sample values that validation puts in the placeholders: what real encoded JIDs look like. */
    private static final String SAMPLE_A = encode("alice@example.org");
    private static final String SAMPLE_B = encode("bob@example.org");

    private final String urlTemplate;
    private final Duration timeout;
    private final Map<String, Boolean> cache;
    private final String origin;
    private final HttpClient client;

    /**
     * @param urlTemplate an {@code https} or {@code http} URL with the placeholders {@code {a}} and {@code {b}}
     *                    (see {@link #validateUrlTemplate(String)}; surrounding white space is ignored)
     * @param timeout     both the connect timeout and the time allowed for the whole answer; positive
     * @param cache       where definite answers are kept; thread-safe (in Openfire, a {@code Cache})
     * @throws IllegalArgumentException if the template or the timeout is not acceptable, with a message fit for
     *                                  the admin console
     */
    public HttpFollowGraph(String urlTemplate, Duration timeout, Map<String, Boolean> cache) {
        this.urlTemplate = validateUrlTemplate(urlTemplate);
        this.timeout = validateTimeout(timeout);
        this.cache = Objects.requireNonNull(cache, "cache");
        URI sample = URI.create(expand(this.urlTemplate, SAMPLE_A, SAMPLE_B));
        this.origin = sample.getScheme() + "://" + sample.getHost() + (sample.getPort() < 0 ? "" : ":" + sample.getPort());
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Checks a URL template as the admin console receives it.
     *
     * @return the template without surrounding white space
     * @throws IllegalArgumentException with a message that says what is wrong and shows an example: the template
     *                                  is empty, lacks {@code {a}} or {@code {b}}, is not an {@code http} or
     *                                  {@code https} URL, has no host, or is not a valid URL
     */
    public static String validateUrlTemplate(String urlTemplate) {
        String example = " For example: https://app.example/api/mutual?a={a}&b={b}";
        if (urlTemplate == null || urlTemplate.isBlank()) {
            throw new IllegalArgumentException("The follow graph URL template is empty." + example);
        }
        String template = urlTemplate.strip();
        boolean hasA = template.contains(PLACEHOLDER_A);
        boolean hasB = template.contains(PLACEHOLDER_B);
        if (!hasA || !hasB) {
            String missing = !hasA && !hasB ? "the placeholders {a} and {b}" : !hasA ? "the placeholder {a}" : "the placeholder {b}";
            throw new IllegalArgumentException("The follow graph URL template '" + template + "' lacks " + missing
                    + " (replaced by the two users' JIDs)." + example);
        }
        URI sample;
        try {
            sample = new URI(expand(template, SAMPLE_A, SAMPLE_B));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("The follow graph URL template '" + template + "' is not a valid URL ("
                    + e.getReason() + " at character " + (e.getIndex() + 1) + ")." + example);
        }
        String scheme = sample.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("The follow graph URL template '" + template
                    + "' must start with https:// or http://." + example);
        }
        if (sample.getHost() == null || sample.getHost().isEmpty()) {
            throw new IllegalArgumentException("The follow graph URL template '" + template
                    + "' has no valid host name (the placeholders cannot stand in the host)." + example);
        }
        if (sample.getRawFragment() != null) {
            throw new IllegalArgumentException("The follow graph URL template '" + template
                    + "' has a fragment (#...), which is never sent to the server." + example);
        }
        return template;
    }

    private static Duration validateTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The follow graph timeout must be positive, not " + timeout + ".");
        }
        return timeout;
    }

    /** The template, without surrounding white space. */
    public String urlTemplate() {
        return urlTemplate;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public Friendship friendship(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            return Friendship.FRIENDS;
        }
        String key = cacheKey(a, b);
        Boolean cached = cache.get(key);
        if (cached != null) {
            return cached ? Friendship.FRIENDS : Friendship.NOT_FRIENDS;
        }
        Boolean answer = ask(a, b);
        if (answer == null) {
            return Friendship.UNREACHABLE;
        }
        cache.put(key, answer);
        return answer ? Friendship.FRIENDS : Friendship.NOT_FRIENDS;
    }

    /** The same key for (a, b) and (b, a). A space appears in no JID, so two pairs never share a key. */
    static String cacheKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + ' ' + b : b + ' ' + a;
    }

    /** The app's answer, or null (logged) when there is none. */
    private Boolean ask(String a, String b) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(expand(urlTemplate, encode(a), encode(b))))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        CompletableFuture<HttpResponse<String>> pending = client.sendAsync(request, HttpFollowGraph::bodyHandler);
        HttpResponse<String> response;
        try {
            // The request timeout covers only the wait for the headers; this bounds the body too.
            response = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return unreachable(a, b, "no complete answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return unreachable(a, b, "interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            return unreachable(a, b, describe(e.getCause()));
        }
        if (response.statusCode() != 200) {
            return unreachable(a, b, "HTTP status " + response.statusCode() + " (expected 200)");
        }
        return parse(a, b, response.body());
    }

    private Boolean parse(String a, String b, String body) {
        JSONObject json;
        try {
            json = new JSONObject(body);
        } catch (JSONException e) {
            return unreachable(a, b, "the answer is not a JSON object: " + e.getMessage());
        }
        Object friends = json.opt(FRIENDS_MEMBER);
        if (friends == null) {
            return unreachable(a, b, "the answer has no '" + FRIENDS_MEMBER + "' member");
        }
        if (!(friends instanceof Boolean)) {
            return unreachable(a, b, "the answer's '" + FRIENDS_MEMBER + "' is not a boolean but "
                    + (friends == JSONObject.NULL ? "null" : JSONObject.valueToString(friends)));
        }
        return (Boolean) friends;
    }

    private Boolean unreachable(String a, String b, String reason) {
        Log.warn("Follow graph at {} unreachable for {} and {}: {}", origin, a, b, reason);
        return null;
    }

    private String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof BodyTooLargeException) {
            return cause.getMessage();
        }
        if (cause instanceof ConnectException) {
            return "connection refused or failed" + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
        }
        if (cause instanceof IOException) {
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        // Not an expected network failure: keep the trace, at debug, for whoever looks into it.
        Log.debug("Unexpected failure asking the follow graph at {}", origin, cause);
        return "unexpected " + cause;
    }

    /** Placeholder replacement; the encoded values contain no braces, so one cannot create the other. */
    private static String expand(String template, String encodedA, String encodedB) {
        return template.replace(PLACEHOLDER_A, encodedA).replace(PLACEHOLDER_B, encodedB);
    }

    /** UTF-8 percent-encoding safe in a query and in a path segment: unreserved characters stay, space is %20. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
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
        return "HttpFollowGraph[" + origin + ", timeout " + timeout.toMillis() + " ms]";
    }
}
