package org.svgroups.openfire.friends;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.friends.Friendship;
import org.svgroups.openfire.http.JsonHttp;
import org.svgroups.openfire.http.JsonHttpException;
import org.svgroups.openfire.http.UrlTemplate;

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
 * without asking. Instances are thread-safe; each holds one {@code HttpClient} for all its questions (see
 * {@link JsonHttp}).
 */
public final class HttpFollowGraph implements FriendGraph {

    /** The placeholder for the first user's URL-encoded bare JID. */
    public static final String PLACEHOLDER_A = "{a}";
    /** The placeholder for the second user's URL-encoded bare JID. */
    public static final String PLACEHOLDER_B = "{b}";
    /** The JSON member of the app's answer. */
    public static final String FRIENDS_MEMBER = "friends";

    /** Largest answer body read; a yes/no answer is a few bytes. */
    static final int MAX_BODY_BYTES = JsonHttp.MAX_BODY_BYTES;

    private static final Logger Log = LoggerFactory.getLogger(HttpFollowGraph.class);

    private final UrlTemplate urlTemplate;
    private final Map<String, Boolean> cache;
    private final JsonHttp http;

    /**
     * @param urlTemplate an {@code https} or {@code http} URL with the placeholders {@code {a}} and {@code {b}}
     *                    (surrounding white space is ignored)
     * @param timeout     both the connect timeout and the time allowed for the whole answer; positive
     * @param cache       where definite answers are kept; thread-safe (in Openfire, a {@code Cache})
     * @throws IllegalArgumentException if the template or the timeout is not acceptable, with a message fit for
     *                                  the admin console
     */
    public HttpFollowGraph(String urlTemplate, Duration timeout, Map<String, Boolean> cache) {
        this.urlTemplate = parse(urlTemplate);
        this.http = new JsonHttp("follow graph", timeout);
        this.cache = Objects.requireNonNull(cache, "cache");
    }


    private static UrlTemplate parse(String urlTemplate) {
        return UrlTemplate.parse(urlTemplate, "follow graph", "the two users' JIDs",
                "https://app.example/api/mutual?a={a}&b={b}", PLACEHOLDER_A, PLACEHOLDER_B);
    }

    /** The template, without surrounding white space. */
    public String urlTemplate() {
        return urlTemplate.text();
    }

    public Duration timeout() {
        return http.timeout();
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
        JsonHttp.Response response;
        try {
            response = http.get(urlTemplate.expand(a, b));
        } catch (JsonHttpException e) {
            return unreachable(a, b, e.getMessage());
        }
        if (response.status() != 200) {
            return unreachable(a, b, "HTTP status " + response.status() + " (expected 200)");
        }
        Object friends = response.body().opt(FRIENDS_MEMBER);
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
        Log.warn("Follow graph at {} unreachable for {} and {}: {}", urlTemplate.origin(), a, b, reason);
        return null;
    }

    @Override
    public String toString() {
        return "HttpFollowGraph[" + urlTemplate.origin() + ", timeout " + http.timeout().toMillis() + " ms]";
    }
}
