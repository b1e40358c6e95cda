package org.svgroups.openfire.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svgroups.openfire.http.LoopbackHttp.closedPort;
import static org.svgroups.openfire.http.LoopbackHttp.decode;
import static org.svgroups.openfire.http.LoopbackHttp.decodeQuery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.svgroups.openfire.http.LoopbackHttp;
import org.svgroups.core.share.CatalogueAnswer;
import org.svgroups.core.share.CatalogueAnswer.Status;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.Thumbnail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback plays the app: it answers from a small catalogue (kind/id to item), counts the
 * requests and records what it received. The catalogue client talks to it through the JDK's HTTP client; nothing
 * is mocked.
 */
class HttpCatalogueTest {

    private static final Duration QUICK = Duration.ofMillis(200);
    private static final Duration AMPLE = Duration.ofSeconds(2);

    private static final String TEMPLATE = "/api/catalogue/{kind}/{id}";
    /** Non-ASCII, '+', space, '%', and characters that mean something in a URL. */
    private static final String ODD_ID = "vidéo+1 a/b?c=d&e#f%20g";

    private static final Share DANCE = new Share(ShareKind.VIDEO, "123", "https://videos.example.test/v/123",
            "Dance \"crew\" ✨", "alice", new Thumbnail("https://img.example.test/123.jpg", 720, 1280), 42, null, null);
    private static final Share SNEAKERS = new Share(ShareKind.PRODUCT, "sku-9", "https://shop.example.test/p/sku-9",
            "Sneakers", "Shoe Shop", new Thumbnail("https://img.example.test/sku-9.png", 600, 600), null,
            new Price(new BigDecimal("19.99"), "EUR"), null);

    /** The app's catalogue: "kind/id" to the 200 answer's JSON. Anything else is 404. */
    private static final Map<String, String> ITEMS = Map.of(
            "video/123", """
                    {"kind": "video", "id": "123", "url": "https://videos.example.test/v/123",
                     "title": "Dance \\"crew\\" ✨", "author": "alice",
                     "thumbnail": {"url": "https://img.example.test/123.jpg", "width": 720, "height": 1280},
                     "duration": 42, "status": "public", "minimumAge": 13, "likes": 1000, "tags": ["dance"]}""",
            "product/sku-9", """
                    {"kind": "product", "id": "sku-9", "url": "https://shop.example.test/p/sku-9",
                     "title": "Sneakers", "author": "Shoe Shop",
                     "thumbnail": {"url": "https://img.example.test/sku-9.png", "width": 600, "height": 600},
                     "price": {"amount": "19.99", "currency": "EUR"}, "status": "public", "minimumAge": 0}""",
            "video/minimal", """
                    {"kind": "video", "id": "minimal", "url": "https://videos.example.test/v/minimal", "status": "public"}""",
            "video/nulls", """
                    {"kind": "video", "id": "nulls", "url": "https://videos.example.test/v/nulls", "status": "public",
                     "title": null, "author": null, "thumbnail": null, "duration": null, "price": null, "minimumAge": null}""",
            "video/secret", """
                    {"kind": "video", "id": "secret", "url": "https://videos.example.test/v/secret", "title": "Mine",
                     "status": "private", "minimumAge": 0}""",
            "video/gone", """
                    {"kind": "video", "id": "gone", "status": "removed"}""",
            "product/gone", """
                    {"kind": "product", "id": "gone", "url": "https://shop.example.test/p/gone", "status": "removed"}""",
            "video/" + ODD_ID, new JSONObject().put("kind", "video").put("id", ODD_ID)
                    .put("url", "https://videos.example.test/v/odd").put("status", "public").toString());

    private HttpServer server;
    private ExecutorService serverThreads;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> rawPaths = new CopyOnWriteArrayList<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> acceptHeaders = new CopyOnWriteArrayList<>();
    /** Holds the slow handlers until the test is over. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    @BeforeEach
    void startTheApp() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        handler("/api/catalogue/", exchange -> {
            rawPaths.add(exchange.getRequestURI().getRawPath());
            String[] segments = exchange.getRequestURI().getRawPath().split("/");
            answerItem(exchange, decode(segments[3]), decode(segments[4]));
        });
        handler("/query", exchange -> {
            Map<String, String> query = decodeQuery(exchange.getRequestURI().getRawQuery());
            answerItem(exchange, query.get("kind"), query.get("id"));
        });
        // Broken catalogues: each answers any kind and id with (status, body).
        broken("/status500", (kind, id) -> 500, (kind, id) -> item(kind, id).toString());
        broken("/status403", (kind, id) -> 403, (kind, id) -> item(kind, id).toString());
        broken("/status410", (kind, id) -> 410, (kind, id) -> "");
        broken("/redirect", (kind, id) -> 302, (kind, id) -> "");
        broken("/malformed", ok(), (kind, id) -> item(kind, id).toString().substring(0, 40));
        broken("/array", ok(), (kind, id) -> "[" + item(kind, id) + "]");
        broken("/empty", ok(), (kind, id) -> "");
        broken("/html", ok(), (kind, id) -> "<html><body>Service Unavailable</body></html>");
        broken("/duplicate", ok(), (kind, id) -> "{\"kind\": \"" + kind + "\", \"kind\": \"" + kind + "\"}");
        broken("/huge", ok(), (kind, id) -> item(kind, id).put("padding", "x".repeat(HttpCatalogue.MAX_BODY_BYTES)).toString());
        broken("/other-id", ok(), (kind, id) -> item(kind, id + "4").toString());
        broken("/other-kind", ok(), (kind, id) -> item("product", id).toString());
        broken("/id-padded", ok(), (kind, id) -> item(kind, " " + id).toString());
        broken("/no-kind", ok(), (kind, id) -> item(kind, id).put("kind", (Object) null).toString());
        broken("/no-id", ok(), (kind, id) -> new JSONObject(item(kind, id), "kind", "url", "status").toString());
        broken("/numeric-id", ok(), (kind, id) -> item(kind, id).put("id", Integer.parseInt(id)).toString());
        broken("/no-url", ok(), (kind, id) -> new JSONObject(item(kind, id), "kind", "id", "status").toString());
        broken("/null-url", ok(), (kind, id) -> item(kind, id).put("url", JSONObject.NULL).toString());
        broken("/blank-url", ok(), (kind, id) -> item(kind, id).put("url", " ").toString());
        broken("/no-status", ok(), (kind, id) -> new JSONObject(item(kind, id), "kind", "id", "url").toString());
        broken("/unknown-status", ok(), (kind, id) -> item(kind, id).put("status", "unlisted").toString());
        broken("/status-case", ok(), (kind, id) -> item(kind, id).put("status", "Public").toString());
        broken("/title-number", ok(), (kind, id) -> item(kind, id).put("title", 7).toString());
        broken("/duration-string", ok(), (kind, id) -> item(kind, id).put("duration", "42").toString());
        broken("/duration-decimal", ok(), (kind, id) -> item(kind, id).toString().replace("}", ", \"duration\": 42.0}"));
        broken("/duration-negative", ok(), (kind, id) -> item(kind, id).put("duration", -1).toString());
        broken("/duration-huge", ok(), (kind, id) -> item(kind, id).put("duration", 1L << 40).toString());
        broken("/age-negative", ok(), (kind, id) -> item(kind, id).put("minimumAge", -1).toString());
        broken("/age-boolean", ok(), (kind, id) -> item(kind, id).put("minimumAge", true).toString());
        broken("/thumbnail-string", ok(), (kind, id) -> item(kind, id).put("thumbnail", "https://img.example.test/1.jpg").toString());
        broken("/thumbnail-no-width", ok(), (kind, id) -> item(kind, id)
                .put("thumbnail", new JSONObject().put("url", "https://img.example.test/1.jpg").put("height", 1)).toString());
        broken("/thumbnail-no-url", ok(), (kind, id) -> item(kind, id)
                .put("thumbnail", new JSONObject().put("width", 1).put("height", 1)).toString());
        broken("/thumbnail-zero", ok(), (kind, id) -> item(kind, id)
                .put("thumbnail", new JSONObject().put("url", "https://img.example.test/1.jpg").put("width", 0).put("height", 1)).toString());
        broken("/price-number", ok(), (kind, id) -> item(kind, id).toString()
                .replace("}", ", \"price\": {\"amount\": 19.99, \"currency\": \"EUR\"}}"));
        broken("/price-exponent", ok(), (kind, id) -> item(kind, id)
                .put("price", new JSONObject().put("amount", "1E+999999999").put("currency", "EUR")).toString());
        broken("/price-negative", ok(), (kind, id) -> item(kind, id)
                .put("price", new JSONObject().put("amount", "-1").put("currency", "EUR")).toString());
        broken("/price-no-currency", ok(), (kind, id) -> item(kind, id)
                .put("price", new JSONObject().put("amount", "1")).toString());
        handler("/slow/", exchange -> {
            awaitRelease();
            send(exchange, 200, ITEMS.get("video/123"));
        });
        handler("/stalled-body/", exchange -> {
            exchange.sendResponseHeaders(200, 100);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"kind\":".getBytes(StandardCharsets.UTF_8));
            out.flush();
            awaitRelease();
        });
        server.start();
    }

    @AfterEach
    void stopTheApp() throws InterruptedException {
        release.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
        serverThreads.awaitTermination(1, TimeUnit.SECONDS);
    }

    // --- answers --------------------------------------------------------------------------------------------

    @Test
    void aPublicVideoIsAvailableWithAllItsMetadata() {
        CatalogueAnswer answer = catalogue().lookup(ShareKind.VIDEO, "123");

        assertThat(answer).isEqualTo(CatalogueAnswer.available(DANCE, 13));
        assertThat(answer.item().verified()).as("the share rules mark it").isNull();
        assertThat(requests).hasValue(1);
        assertThat(rawPaths).containsExactly("/api/catalogue/video/123");
        assertThat(acceptHeaders).containsExactly("application/json");
    }

    @Test
    void aPublicProductIsAvailableWithItsPrice() {
        CatalogueAnswer answer = catalogue().lookup(ShareKind.PRODUCT, "sku-9");

        assertThat(answer).isEqualTo(CatalogueAnswer.available(SNEAKERS, 0));
        assertThat(answer.item().price().amount()).isEqualByComparingTo("19.99");
        assertThat(rawPaths).containsExactly("/api/catalogue/product/sku-9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal", "nulls"})
    void aMinimalAnswerHasOnlyTheUrlAndNoMinimumAge(String id) {
        assertThat(catalogue().lookup(ShareKind.VIDEO, id)).isEqualTo(CatalogueAnswer.available(
                new Share(ShareKind.VIDEO, id, "https://videos.example.test/v/" + id, null, null, null, null, null, null), 0));
    }

    @Test
    void aPrivateItemIsNotShareable() {
        assertThat(catalogue().lookup(ShareKind.VIDEO, "secret")).isEqualTo(CatalogueAnswer.of(Status.NOT_SHAREABLE));
    }

    @Test
    void aRemovedItemIsNotShareableEvenWithoutAUrl() {
        HttpCatalogue catalogue = catalogue();

        assertThat(catalogue.lookup(ShareKind.VIDEO, "gone")).isEqualTo(CatalogueAnswer.of(Status.NOT_SHAREABLE));
        assertThat(catalogue.lookup(ShareKind.PRODUCT, "gone")).isEqualTo(CatalogueAnswer.of(Status.NOT_SHAREABLE));
    }

    @Test
    void anUnknownItemIsNotFound() {
        HttpCatalogue catalogue = catalogue();

        assertThat(catalogue.lookup(ShareKind.VIDEO, "nope")).isEqualTo(CatalogueAnswer.of(Status.NOT_FOUND));
        assertThat(catalogue.lookup(ShareKind.PRODUCT, "123")).as("the kind is part of the question")
                .isEqualTo(CatalogueAnswer.of(Status.NOT_FOUND));
    }

    // --- the URL --------------------------------------------------------------------------------------------

    @Test
    void theIdIsUrlEncodedInThePath() {
        CatalogueAnswer answer = catalogue().lookup(ShareKind.VIDEO, ODD_ID);

        assertThat(answer.status()).isEqualTo(Status.AVAILABLE);
        assertThat(answer.item().id()).isEqualTo(ODD_ID);
        assertThat(asked).containsExactly("video/" + ODD_ID);
        assertThat(rawPaths).containsExactly("/api/catalogue/video/vid%C3%A9o%2B1%20a%2Fb%3Fc%3Dd%26e%23f%2520g");
    }

    @Test
    void theKindAndIdMayStandInTheQuery() {
        HttpCatalogue catalogue = new HttpCatalogue(url("/query?id={id}&kind={kind}&key=s3cr%C3%A9t"), AMPLE, cache);

        assertThat(catalogue.lookup(ShareKind.VIDEO, ODD_ID).status()).isEqualTo(Status.AVAILABLE);
        assertThat(catalogue.lookup(ShareKind.PRODUCT, "sku-9")).isEqualTo(CatalogueAnswer.available(SNEAKERS, 0));
        assertThat(asked).containsExactly("video/" + ODD_ID, "product/sku-9");
    }

    // --- the cache ------------------------------------------------------------------------------------------

    @Test
    void definiteAnswersAreCachedAndTakenWithoutAsking() {
        HttpCatalogue catalogue = catalogue();
        List<CatalogueAnswer> first = lookUpEach(catalogue);

        assertThat(requests).hasValue(5);
        assertThat(lookUpEach(catalogue)).isEqualTo(first);
        assertThat(requests).as("the second round sends no request").hasValue(5);
        assertThat(first).extracting(CatalogueAnswer::status).containsExactly(
                Status.AVAILABLE, Status.AVAILABLE, Status.NOT_SHAREABLE, Status.NOT_SHAREABLE, Status.NOT_FOUND);
        assertThat(cache).containsOnlyKeys("video/123", "product/sku-9", "video/secret", "video/gone", "video/nope")
                .containsEntry("video/nope", "404");
    }

    @Test
    void theCacheHoldsStringsThatAnotherNodeReadsBack() throws Exception {
        List<CatalogueAnswer> first = lookUpEach(catalogue());

        // What a cluster cache does to its values: serialize them here, deserialize them on another node.
        Map<String, String> otherNode = new ConcurrentHashMap<>(roundTrip(new HashMap<>(cache)));
        HttpCatalogue elsewhere = new HttpCatalogue("http://127.0.0.1:" + closedPort() + TEMPLATE, QUICK, otherNode);

        assertThat(lookUpEach(elsewhere)).isEqualTo(first);
        assertThat(requests).hasValue(5);
        assertThat(new JSONObject(cache.get("video/123")).keySet()).as("only the members of the contract")
                .containsExactlyInAnyOrder("kind", "id", "url", "title", "author", "thumbnail", "duration", "status", "minimumAge");
    }

    @Test
    void aCachedAnswerIsTakenWithoutAsking() {
        cache.put("video/nope", new JSONObject(ITEMS.get("video/minimal")).put("id", "nope").toString());

        assertThat(catalogue().lookup(ShareKind.VIDEO, "nope").item().url()).isEqualTo("https://videos.example.test/v/minimal");
        assertThat(requests).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"kind\": \"video\", \"id\": \"other\", \"status\": \"private\"}", "[]", "true"})
    void anUnreadableCacheEntryIsDroppedAndTheCatalogueAskedAgain(String entry) {
        cache.put("video/123", entry);

        assertThat(catalogue().lookup(ShareKind.VIDEO, "123")).isEqualTo(CatalogueAnswer.available(DANCE, 13));
        assertThat(requests).hasValue(1);
        assertThat(cache.get("video/123")).isNotEqualTo(entry);
    }

    // --- an unreachable or broken catalogue -----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/status500", "/status403", "/status410", "/redirect", "/malformed", "/array", "/empty",
            "/html", "/duplicate", "/huge", "/other-id", "/other-kind", "/id-padded", "/no-kind", "/no-id", "/numeric-id",
            "/no-url", "/null-url", "/blank-url", "/no-status", "/unknown-status", "/status-case", "/title-number",
            "/duration-string", "/duration-decimal", "/duration-negative", "/duration-huge", "/age-negative",
            "/age-boolean", "/thumbnail-string", "/thumbnail-no-width", "/thumbnail-no-url", "/thumbnail-zero",
            "/price-number", "/price-exponent", "/price-negative", "/price-no-currency"})
    void anythingButA404OrA200KeepingTheContractIsUnreachableAndNotCached(String path) {
        HttpCatalogue catalogue = new HttpCatalogue(url(path + "/{kind}/{id}"), AMPLE, cache);

        assertThat(catalogue.lookup(ShareKind.VIDEO, "123")).isEqualTo(CatalogueAnswer.of(Status.UNREACHABLE));
        assertThat(catalogue.lookup(ShareKind.VIDEO, "123")).isEqualTo(CatalogueAnswer.of(Status.UNREACHABLE));

        assertThat(requests).as("each lookup asks again").hasValue(2);
        assertThat(cache).isEmpty();
    }

    @Test
    void aServerSlowerThanTheTimeoutIsUnreachable() {
        HttpCatalogue catalogue = new HttpCatalogue(url("/slow/{kind}/{id}"), QUICK, cache);

        long start = System.nanoTime();
        assertThat(catalogue.lookup(ShareKind.VIDEO, "123")).isEqualTo(CatalogueAnswer.of(Status.UNREACHABLE));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(QUICK.minusMillis(20), Duration.ofSeconds(2));
        assertThat(cache).isEmpty();
    }

    @Test
    void aBodyThatStallsAfterTheHeadersIsUnreachableWithinTheTimeout() {
        HttpCatalogue catalogue = new HttpCatalogue(url("/stalled-body/{kind}/{id}"), QUICK, cache);

        long start = System.nanoTime();
        assertThat(catalogue.lookup(ShareKind.VIDEO, "123")).isEqualTo(CatalogueAnswer.of(Status.UNREACHABLE));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(cache).isEmpty();
    }

    @Test
    void aRefusedConnectionIsUnreachableAndAskedAgainNextTime() {
        HttpCatalogue catalogue = new HttpCatalogue("http://127.0.0.1:" + closedPort() + TEMPLATE, QUICK, cache);

        assertThat(catalogue.lookup(ShareKind.VIDEO, "123")).isEqualTo(CatalogueAnswer.of(Status.UNREACHABLE));
        assertThat(cache).isEmpty();
    }

    // --- threads --------------------------------------------------------------------------------------------

    @Test
    void theCatalogueAnswersManyThreadsAtOnce() throws Exception {
        HttpCatalogue catalogue = catalogue();
        List<CatalogueAnswer> expected = List.of(CatalogueAnswer.available(DANCE, 13), CatalogueAnswer.available(SNEAKERS, 0),
                CatalogueAnswer.of(Status.NOT_SHAREABLE), CatalogueAnswer.of(Status.NOT_SHAREABLE),
                CatalogueAnswer.of(Status.NOT_FOUND));
        ExecutorService askers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<CatalogueAnswer>>>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                answers.add(askers.submit(() -> {
                    List<List<CatalogueAnswer>> seen = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        seen.add(lookUpEach(catalogue));
                    }
                    return seen;
                }));
            }
            for (Future<List<List<CatalogueAnswer>>> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).hasSize(20).containsOnly(expected);
            }
        } finally {
            askers.shutdownNow();
        }
        assertThat(cache).hasSize(5);
        assertThat(requests.get()).isBetween(5, 5 * 8);
    }

    // --- configuration --------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "https://app.example/api/catalogue/{kind}/{id}",
            "http://localhost:8080/items?id={id}&kind={kind}",
            "HTTPS://app.example/{kind}s/{id}.json?key=s3cr%C3%A9t"})
    void goodTemplatesAreAccepted(String template) {
        assertThat(validated(template)).isEqualTo(template);
        HttpCatalogue catalogue = new HttpCatalogue(template, QUICK, cache);
        assertThat(catalogue.urlTemplate()).isEqualTo(template);
        assertThat(catalogue.timeout()).isEqualTo(QUICK);
        assertThat(catalogue.toString()).doesNotContain("s3cr", "items", "catalogue/");
    }

    @Test
    void surroundingWhiteSpaceIsIgnored() {
        assertThat(validated("  https://app.example/c/{kind}/{id}\n"))
                .isEqualTo("https://app.example/c/{kind}/{id}");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anEmptyTemplateIsRejected(String template) {
        assertThatThrownBy(() -> validated(template))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The catalogue URL template is empty")
                .hasMessageContaining("https://app.example/api/catalogue/{kind}/{id}");
    }

    static Stream<Arguments> badTemplates() {
        return Stream.of(
                Arguments.of("https://app.example/api/catalogue/{kind}", "lacks the placeholder {id}"),
                Arguments.of("https://app.example/api/catalogue/{id}", "lacks the placeholder {kind}"),
                Arguments.of("https://app.example/api/catalogue", "lacks the placeholders {kind} and {id}"),
                Arguments.of("https://app.example/api/catalogue/{KIND}/{Id}", "lacks the placeholders {kind} and {id}"),
                Arguments.of("https://app.example/api/mutual?a={a}&b={b}", "lacks the placeholders {kind} and {id}"),
                Arguments.of("ftp://app.example/{kind}/{id}", "must start with https:// or http://"),
                Arguments.of("file:///etc/{kind}/{id}", "must start with https:// or http://"),
                Arguments.of("app.example/api/catalogue/{kind}/{id}", "must start with https:// or http://"),
                Arguments.of("https:///api/catalogue/{kind}/{id}", "has no valid host"),
                Arguments.of("https://{kind}.app.example/{id}", "has no valid host"),
                Arguments.of("https://app.example:{id}/{kind}", "has no valid host"),
                Arguments.of("https://{kind}@app.example/{id}", "has no valid host"),
                Arguments.of("https://app.example/api/catalogue/{kind}/{id}#top", "fragment"),
                Arguments.of("https://app.example/api catalogue/{kind}/{id}", "is not a valid URL"));
    }

    @ParameterizedTest
    @MethodSource("badTemplates")
    void badTemplatesAreRejectedWithAClearMessage(String template, String message) {
        assertThatThrownBy(() -> validated(template))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The catalogue URL template '" + template + "'")
                .hasMessageContaining(message)
                .hasMessageEndingWith("For example: https://app.example/api/catalogue/{kind}/{id}");
        assertThatThrownBy(() -> new HttpCatalogue(template, QUICK, cache))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theTimeoutMustBePositive() {
        String template = "https://app.example/api/catalogue/{kind}/{id}";
        for (Duration timeout : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), null}) {
            assertThatThrownBy(() -> new HttpCatalogue(template, timeout, cache))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The catalogue timeout must be positive");
        }
    }

    // --- the app --------------------------------------------------------------------------------------------

    private HttpCatalogue catalogue() {
        return new HttpCatalogue(url(TEMPLATE), AMPLE, cache);
    }

    /** Two available items, a private one, a removed one and an unknown one. */
    private static List<CatalogueAnswer> lookUpEach(HttpCatalogue catalogue) {
        return List.of(catalogue.lookup(ShareKind.VIDEO, "123"), catalogue.lookup(ShareKind.PRODUCT, "sku-9"),
                catalogue.lookup(ShareKind.VIDEO, "secret"), catalogue.lookup(ShareKind.VIDEO, "gone"),
                catalogue.lookup(ShareKind.VIDEO, "nope"));
    }

    private String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    private void answerItem(HttpExchange exchange, String kind, String id) throws IOException {
        asked.add(kind + "/" + id);
        String item = ITEMS.get(kind + "/" + id);
        if (item == null) {
            send(exchange, 404, "{\"error\": \"no such item\"}");
        } else {
            send(exchange, 200, item);
        }
    }

    /** A minimal public item as a well-kept catalogue would describe it. */
    private static JSONObject item(String kind, String id) {
        return new JSONObject().put("kind", kind).put("id", id).put("url", "https://videos.example.test/v/" + id)
                .put("status", "public");
    }

    private static BiFunction<String, String, Integer> ok() {
        return (kind, id) -> 200;
    }

    /** A context {@code path/KIND/ID} that answers with the given status and body. */
    private void broken(String path, BiFunction<String, String, Integer> status, BiFunction<String, String, String> body) {
        handler(path + "/", exchange -> {
            String[] segments = exchange.getRequestURI().getRawPath().split("/");
            String kind = decode(segments[2]);
            String id = decode(segments[3]);
            send(exchange, status.apply(kind, id), body.apply(kind, id));
        });
    }

    /** Every context counts its requests and records the Accept header before it answers. */
    private void handler(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            acceptHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
            try (exchange) {
                handler.handle(exchange);
            }
        });
    }

    /** A redirect points somewhere plausible, so that only the status can make the adapter refuse it. */
    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        if (status == 302) {
            exchange.getResponseHeaders().set("Location", "/api/catalogue/video/123");
        }
        LoopbackHttp.send(exchange, status, body);
    }

    private void awaitRelease() {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> roundTrip(HashMap<String, String> values) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(values);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Map<String, String>) in.readObject();
        }
    }




    /** The template as a new instance keeps it, or the refusal its constructor throws. */
    private String validated(String template) {
        return new HttpCatalogue(template, QUICK, cache).urlTemplate();
    }
}
