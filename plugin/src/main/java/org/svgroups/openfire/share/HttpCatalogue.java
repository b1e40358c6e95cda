package org.svgroups.openfire.share;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.json.JSONException;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.share.Catalogue;
import org.svgroups.core.share.CatalogueAnswer;
import org.svgroups.core.share.ShareKind;
import org.svgroups.openfire.http.JsonHttp;
import org.svgroups.openfire.http.JsonHttpException;
import org.svgroups.openfire.http.UrlTemplate;

/**
 * The app's catalogue of videos and products, asked over HTTP.
 *
 * <h2>Contract with the app</h2>
 * For an item of kind {@code video} or {@code product} and its id, the catalogue sends
 * <pre>
 * GET &lt;the URL template with {kind} replaced by video or product and {id} by the URL-encoded id&gt;
 * Accept: application/json
 * </pre>
 * for example {@code GET https://app.example/api/catalogue/video/123}. The id is percent-encoded as UTF-8 (a
 * space is {@code %20}, never {@code +}), so a placeholder may stand in a path segment or in the query.
 * The app answers:
 * <ul>
 * <li>{@code 200} with a JSON object describing the item:
 * <pre>
 * {"kind": "video", "id": "123", "url": "https://videos.example/v/123",
 *  "title": "Dance", "author": "alice", "thumbnail": {"url": "https://img.example/123.jpg", "width": 720, "height": 1280},
 *  "duration": 42, "price": {"amount": "19.99", "currency": "EUR"},
 *  "status": "public", "minimumAge": 0}
 * </pre>
 * <ul>
 * <li>{@code kind} and {@code id} (JSON strings) must be exactly the ones asked for, and {@code status} one of
 * {@code "public"}, {@code "private"}, {@code "removed"};</li>
 * <li>{@code "public"}: {@link CatalogueAnswer.Status#AVAILABLE}, with the item as a {@code Share} (its
 * {@code verified} left null: the share rules mark it) and {@code minimumAge}, the age the item suits from
 * (a whole number, 0 when absent). {@code url} (a non-blank string, the item's canonical URL) is required;
 * {@code title} and {@code author} (strings), {@code thumbnail} (an object with {@code url}, a string, and
 * {@code width} and {@code height}, whole numbers from 1), {@code duration} (seconds, a whole number from 0) and
 * {@code price} (an object with {@code amount}, a plain decimal number in a string such as {@code "19.99"}, and
 * {@code currency}, a string such as {@code "EUR"}) are optional, and absent or JSON {@code null} mean the same;</li>
 * <li>{@code "private"} or {@code "removed"}: {@link CatalogueAnswer.Status#NOT_SHAREABLE}; nothing but
 * {@code kind}, {@code id} and {@code status} is read, so {@code url} and the metadata may be left out;</li>
 * <li>other members are ignored. JSON types are strict: {@code "id": 123}, {@code "duration": "42"},
 * {@code "duration": 42.0} or {@code "price": {"amount": 19.99, ...}} break the contract.</li>
 * </ul></li>
 * <li>{@code 404}: {@link CatalogueAnswer.Status#NOT_FOUND}, whatever the body.</li>
 * </ul>
 * Anything else is {@link CatalogueAnswer.Status#UNREACHABLE}: no connection, no complete answer within the
 * timeout, any other status (redirects are not followed), a body that is not a JSON object or is larger than
 * 64 KiB, and a {@code 200} that breaks the contract above (another item's kind or id, no {@code url} for a public
 * item, an unknown status, a member of the wrong type). Each such failure is logged once, at warn, with its reason;
 * the log names the catalogue's scheme, host and port but never the rest of the URL (which may hold an access
 * token).
 *
 * <h2>Cache</h2>
 * {@code AVAILABLE}, {@code NOT_SHAREABLE} and {@code NOT_FOUND} answers are kept in the cache given at
 * construction, under the key {@code kind/id} (such as {@code video/123}); {@code UNREACHABLE} is never kept, so
 * the next lookup asks again. The cache holds strings, which every cluster node can read whatever its plugin class
 * loader: {@code "404"} for {@code NOT_FOUND}, and otherwise the item's JSON object as above, reduced to the members
 * of the contract. An entry that does not read back (from another version of the plugin, say) is dropped and the
 * catalogue asked again. In Openfire the cache is a {@code Cache} from {@code CacheFactory} (cluster-wide, with its
 * own size bound and expiry); any thread-safe {@link Map} does.
 *
 * <p>Instances are thread-safe; each holds one {@code HttpClient} for all its lookups (see {@link JsonHttp}).
 */
public final class HttpCatalogue implements Catalogue {

    /** The placeholder for the item's kind, {@code video} or {@code product}. */
    public static final String PLACEHOLDER_KIND = "{kind}";
    /** The placeholder for the item's URL-encoded id. */
    public static final String PLACEHOLDER_ID = "{id}";

    /** Largest answer body read. */
    static final int MAX_BODY_BYTES = JsonHttp.MAX_BODY_BYTES;

    /** What the cache holds for {@link CatalogueAnswer.Status#NOT_FOUND}. */
    static final String NOT_FOUND_ENTRY = "404";

    private static final Logger Log = LoggerFactory.getLogger(HttpCatalogue.class);

    private final UrlTemplate urlTemplate;
    private final Map<String, String> cache;
    private final JsonHttp http;

    /**
     * @param urlTemplate an {@code https} or {@code http} URL with the placeholders {@code {kind}} and {@code {id}}
     *                    (surrounding white space is ignored)
     * @param timeout     both the connect timeout and the time allowed for the whole answer; positive
     * @param cache       where definite answers are kept, as strings; thread-safe (in Openfire, a {@code Cache})
     * @throws IllegalArgumentException if the template or the timeout is not acceptable, with a message fit for
     *                                  the admin console
     */
    public HttpCatalogue(String urlTemplate, Duration timeout, Map<String, String> cache) {
        this.urlTemplate = parse(urlTemplate);
        this.http = new JsonHttp("catalogue", timeout);
        this.cache = Objects.requireNonNull(cache, "cache");
    }


    private static UrlTemplate parse(String urlTemplate) {
        return UrlTemplate.parse(urlTemplate, "catalogue", "the item's kind, video or product, and its id",
                "https://app.example/api/catalogue/{kind}/{id}", PLACEHOLDER_KIND, PLACEHOLDER_ID);
    }

    /** The template, without surrounding white space. */
    public String urlTemplate() {
        return urlTemplate.text();
    }

    public Duration timeout() {
        return http.timeout();
    }

    @Override
    public CatalogueAnswer lookup(ShareKind kind, String id) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        String key = cacheKey(kind, id);
        String cached = cache.get(key);
        if (cached != null) {
            CatalogueAnswer answer = fromCache(kind, id, cached);
            if (answer != null) {
                return answer;
            }
            cache.remove(key, cached);
        }
        return ask(kind, id, key);
    }

    /** The kind has no '/', so the key names one item. */
    static String cacheKey(ShareKind kind, String id) {
        return kind.xmlValue() + '/' + id;
    }

    private CatalogueAnswer fromCache(ShareKind kind, String id, String entry) {
        if (NOT_FOUND_ENTRY.equals(entry)) {
            return CatalogueAnswer.of(CatalogueAnswer.Status.NOT_FOUND);
        }
        try {
            return CatalogueJson.read(kind, id, new JSONObject(entry));
        } catch (JSONException | CatalogueJson.BrokenAnswerException e) {
            Log.debug("Dropping an unreadable catalogue cache entry for {} {}: {}", kind.xmlValue(),
                    CatalogueJson.quote(id), e.getMessage());
            return null;
        }
    }

    /** The catalogue's answer (cached unless UNREACHABLE, which is logged). */
    private CatalogueAnswer ask(ShareKind kind, String id, String key) {
        JsonHttp.Response response;
        try {
            response = http.get(urlTemplate.expand(kind.xmlValue(), id));
        } catch (JsonHttpException e) {
            return unreachable(kind, id, e.getMessage());
        }
        if (response.status() == 404) {
            cache.put(key, NOT_FOUND_ENTRY);
            return CatalogueAnswer.of(CatalogueAnswer.Status.NOT_FOUND);
        }
        if (response.status() != 200) {
            return unreachable(kind, id, "HTTP status " + response.status() + " (expected 200 or 404)");
        }
        CatalogueAnswer answer;
        try {
            answer = CatalogueJson.read(kind, id, response.body());
        } catch (CatalogueJson.BrokenAnswerException e) {
            return unreachable(kind, id, e.getMessage());
        }
        cache.put(key, CatalogueJson.cacheEntry(answer, response.body()));
        return answer;
    }

    private CatalogueAnswer unreachable(ShareKind kind, String id, String reason) {
        Log.warn("Catalogue at {} unreachable for {} {}: {}", urlTemplate.origin(), kind.xmlValue(),
                CatalogueJson.quote(id), reason);
        return CatalogueAnswer.of(CatalogueAnswer.Status.UNREACHABLE);
    }

    @Override
    public String toString() {
        return "HttpCatalogue[" + urlTemplate.origin() + ", timeout " + http.timeout().toMillis() + " ms]";
    }
}
