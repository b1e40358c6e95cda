package org.svgroups.openfire.friends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svgroups.openfire.http.LoopbackHttp.closedPort;
import static org.svgroups.openfire.http.LoopbackHttp.decode;
import static org.svgroups.openfire.http.LoopbackHttp.decodeQuery;
import static org.svgroups.openfire.http.LoopbackHttp.send;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.svgroups.core.friends.Friendship;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback plays the app: it answers from a small follow table (who follows whom), counts
 * the requests and records what it received. The graph talks to it through the JDK's HTTP client; nothing is mocked.
 */
class HttpFollowGraphTest {

    private static final Duration QUICK = Duration.ofMillis(200);
    private static final Duration AMPLE = Duration.ofSeconds(2);

    private static final String ALICE = "alice@example.org";
    private static final String BOB = "bob@example.org";
    private static final String CAROL = "carol@example.org";
    private static final String DAVE = "dave@example.org";
    /** XEP-0106 escaping, non-ASCII, '+', and characters that mean something in a URL. */
    private static final String ODD = "d\\27artagnan+vidéo&x=y#z?w/v%20 u@exämple.org";

    /** "x>y": x follows y. Alice and Bob follow each other, Alice follows Carol, Bob and Odd follow each other. */
    private static final Set<String> FOLLOWS = Set.of(
            ALICE + ">" + BOB, BOB + ">" + ALICE,
            ALICE + ">" + CAROL,
            BOB + ">" + ODD, ODD + ">" + BOB);

    private HttpServer server;
    private ExecutorService serverThreads;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> rawQueries = new CopyOnWriteArrayList<>();
    private final List<List<String>> asked = new CopyOnWriteArrayList<>();
    private final List<String> acceptHeaders = new CopyOnWriteArrayList<>();
    /** Holds the slow handlers until the test is over. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, Boolean> cache = new ConcurrentHashMap<>();

    @BeforeEach
    void startTheApp() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        handler("/api/mutual", exchange -> {
            Map<String, String> query = decodeQuery(exchange.getRequestURI().getRawQuery());
            rawQueries.add(exchange.getRequestURI().getRawQuery());
            answerFriends(exchange, query.get("a"), query.get("b"));
        });
        handler("/follows/", exchange -> {
            String[] segments = exchange.getRequestURI().getRawPath().split("/");
            answerFriends(exchange, decode(segments[2]), decode(segments[3]));
        });
        body("/status500", 500, "{\"friends\": true}");
        body("/status404", 404, "{\"friends\": true}");
        body("/redirect", 302, "");
        body("/malformed", 200, "{\"friends\": tru");
        body("/missing", 200, "{\"mutual\": true}");
        body("/string", 200, "{\"friends\": \"true\"}");
        body("/null", 200, "{\"friends\": null}");
        body("/array", 200, "[true]");
        body("/empty", 200, "");
        body("/html", 200, "<html><body>Service Unavailable</body></html>");
        body("/huge", 200, "{\"friends\": true, \"padding\": \"" + "x".repeat(HttpFollowGraph.MAX_BODY_BYTES) + "\"}");
        handler("/slow", exchange -> {
            awaitRelease();
            send(exchange, 200, "{\"friends\": true}");
        });
        handler("/stalled-body", exchange -> {
            exchange.sendResponseHeaders(200, 100);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"friends\":".getBytes(StandardCharsets.UTF_8));
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

    @Test
    void mutualFollowersAreFriends() {
        assertThat(graph("/api/mutual?a={a}&b={b}").friendship(ALICE, BOB)).isEqualTo(Friendship.FRIENDS);
        assertThat(requests).hasValue(1);
        assertThat(acceptHeaders).containsExactly("application/json");
    }

    @Test
    void aOneWayFollowOrNoneIsNotFriendship() {
        HttpFollowGraph graph = graph("/api/mutual?a={a}&b={b}");

        assertThat(graph.friendship(ALICE, CAROL)).isEqualTo(Friendship.NOT_FRIENDS);
        assertThat(graph.friendship(CAROL, ALICE)).isEqualTo(Friendship.NOT_FRIENDS);
        assertThat(graph.friendship(ALICE, DAVE)).isEqualTo(Friendship.NOT_FRIENDS);
    }

    @Test
    void anAnswerIsCachedUnderAKeyThatIgnoresTheOrder() {
        HttpFollowGraph graph = graph("/api/mutual?a={a}&b={b}");

        assertThat(graph.friendship(BOB, ALICE)).isEqualTo(Friendship.FRIENDS);
        assertThat(graph.friendship(ALICE, BOB)).isEqualTo(Friendship.FRIENDS);
        assertThat(graph.friendship(BOB, ALICE)).isEqualTo(Friendship.FRIENDS);
        assertThat(graph.friendship(CAROL, ALICE)).isEqualTo(Friendship.NOT_FRIENDS);
        assertThat(graph.friendship(ALICE, CAROL)).isEqualTo(Friendship.NOT_FRIENDS);

        assertThat(requests).hasValue(2);
        assertThat(cache).hasSize(2).containsValues(true, false);
    }

    @Test
    void aCachedAnswerIsTakenWithoutAsking() {
        HttpFollowGraph graph = graph("/api/mutual?a={a}&b={b}");
        graph.friendship(ALICE, CAROL);
        cache.replaceAll((key, friends) -> true);

        assertThat(graph.friendship(CAROL, ALICE)).isEqualTo(Friendship.FRIENDS);
        assertThat(requests).hasValue(1);
    }

    @Test
    void theJidsAreUrlEncodedInTheQuery() {
        assertThat(graph("/api/mutual?a={a}&b={b}").friendship(ODD, BOB)).isEqualTo(Friendship.FRIENDS);

        assertThat(asked).containsExactly(List.of(ODD, BOB));
        assertThat(rawQueries).singleElement().satisfies(raw -> {
            assertThat(raw).startsWith("a=d%5C27artagnan%2Bvid%C3%A9o%26x%3Dy%23z%3Fw%2Fv%2520%20u%40ex%C3%A4mple.org&b=");
            assertThat(raw).endsWith("&b=bob%40example.org");
        });
    }

    @Test
    void theJidsAreUrlEncodedInThePath() {
        assertThat(graph("/follows/{a}/{b}").friendship(BOB, ODD)).isEqualTo(Friendship.FRIENDS);
        assertThat(asked).containsExactly(List.of(BOB, ODD));
    }

    @Test
    void theSameUserIsTheirOwnFriendWithoutAsking() {
        HttpFollowGraph graph = new HttpFollowGraph("http://127.0.0.1:" + closedPort() + "/api/mutual?a={a}&b={b}", QUICK, cache);

        assertThat(graph.friendship(ODD, ODD)).isEqualTo(Friendship.FRIENDS);
        assertThat(requests).hasValue(0);
        assertThat(cache).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/status500", "/status404", "/redirect", "/malformed", "/missing", "/string", "/null",
            "/array", "/empty", "/html", "/huge"})
    void anythingButA200WithABooleanIsUnreachableAndNotCached(String path) {
        HttpFollowGraph graph = graph(path + "?a={a}&b={b}");

        assertThat(graph.friendship(ALICE, BOB)).isEqualTo(Friendship.UNREACHABLE);
        assertThat(graph.friendship(BOB, ALICE)).isEqualTo(Friendship.UNREACHABLE);

        assertThat(requests).as("each question asks again").hasValue(2);
        assertThat(cache).isEmpty();
    }

    @Test
    void aServerSlowerThanTheTimeoutIsUnreachable() {
        HttpFollowGraph graph = new HttpFollowGraph(url("/slow?a={a}&b={b}"), QUICK, cache);

        long start = System.nanoTime();
        assertThat(graph.friendship(ALICE, BOB)).isEqualTo(Friendship.UNREACHABLE);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(QUICK.minusMillis(20), Duration.ofSeconds(2));
        assertThat(cache).isEmpty();
    }

    @Test
    void aBodyThatStallsAfterTheHeadersIsUnreachableWithinTheTimeout() {
        HttpFollowGraph graph = new HttpFollowGraph(url("/stalled-body?a={a}&b={b}"), QUICK, cache);

        long start = System.nanoTime();
        assertThat(graph.friendship(ALICE, BOB)).isEqualTo(Friendship.UNREACHABLE);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(cache).isEmpty();
    }

    @Test
    void aRefusedConnectionIsUnreachable() {
        HttpFollowGraph graph = new HttpFollowGraph("http://127.0.0.1:" + closedPort() + "/api/mutual?a={a}&b={b}", QUICK, cache);

        assertThat(graph.friendship(ALICE, BOB)).isEqualTo(Friendship.UNREACHABLE);
        assertThat(cache).isEmpty();
    }

    @Test
    void theGraphAnswersManyThreadsAtOnce() throws Exception {
        HttpFollowGraph graph = graph("/api/mutual?a={a}&b={b}");
        ExecutorService askers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map<String, Friendship>>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                answers.add(askers.submit(() -> {
                    Map<String, Friendship> seen = new HashMap<>();
                    for (int i = 0; i < 20; i++) {
                        seen.put("ab", graph.friendship(ALICE, BOB));
                        seen.put("ca", graph.friendship(CAROL, ALICE));
                        seen.put("bo", graph.friendship(ODD, BOB));
                        seen.put("da", graph.friendship(DAVE, ALICE));
                    }
                    return seen;
                }));
            }
            for (Future<Map<String, Friendship>> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "ab", Friendship.FRIENDS, "ca", Friendship.NOT_FRIENDS,
                        "bo", Friendship.FRIENDS, "da", Friendship.NOT_FRIENDS));
            }
        } finally {
            askers.shutdownNow();
        }
        assertThat(cache).hasSize(4);
        assertThat(requests.get()).isBetween(4, 4 * 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://app.example/api/mutual?a={a}&b={b}",
            "http://localhost:8080/follows/{b}/{a}",
            "HTTPS://app.example/api/mutual?b={b}&a={a}&key=s3cr%C3%A9t"})
    void goodTemplatesAreAccepted(String template) {
        assertThat(validated(template)).isEqualTo(template);
        assertThat(new HttpFollowGraph(template, QUICK, cache).urlTemplate()).isEqualTo(template);
    }

    @Test
    void surroundingWhiteSpaceIsIgnored() {
        assertThat(validated("  https://app.example/m?a={a}&b={b}\n"))
                .isEqualTo("https://app.example/m?a={a}&b={b}");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anEmptyTemplateIsRejected(String template) {
        assertThatThrownBy(() -> validated(template))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty")
                .hasMessageContaining("https://app.example/api/mutual?a={a}&b={b}");
    }

    static Stream<Arguments> badTemplates() {
        return Stream.of(
                Arguments.of("https://app.example/api/mutual?a={a}", "lacks the placeholder {b}"),
                Arguments.of("https://app.example/api/mutual?b={b}", "lacks the placeholder {a}"),
                Arguments.of("https://app.example/api/mutual", "lacks the placeholders {a} and {b}"),
                Arguments.of("https://app.example/api/mutual?a={A}&b={B}", "lacks the placeholders {a} and {b}"),
                Arguments.of("ftp://app.example/{a}/{b}", "must start with https:// or http://"),
                Arguments.of("file:///etc/{a}/{b}", "must start with https:// or http://"),
                Arguments.of("app.example/api/mutual?a={a}&b={b}", "must start with https:// or http://"),
                Arguments.of("https:///api/mutual?a={a}&b={b}", "has no valid host"),
                Arguments.of("https://{a}.app.example/{b}", "has no valid host"),
                Arguments.of("https://app.example/api/mutual?a={a}&b={b}#top", "fragment"),
                Arguments.of("https://app.example/api mutual?a={a}&b={b}", "is not a valid URL"));
    }

    @ParameterizedTest
    @MethodSource("badTemplates")
    void badTemplatesAreRejectedWithAClearMessage(String template, String message) {
        assertThatThrownBy(() -> validated(template))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .hasMessageContaining(template);
        assertThatThrownBy(() -> new HttpFollowGraph(template, QUICK, cache))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theTimeoutMustBePositive() {
        String template = "https://app.example/api/mutual?a={a}&b={b}";
        for (Duration timeout : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), null}) {
            assertThatThrownBy(() -> new HttpFollowGraph(template, timeout, cache))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("timeout must be positive");
        }
    }

    // --- the app --------------------------------------------------------------------------------------------

    private HttpFollowGraph graph(String pathAndQuery) {
        return new HttpFollowGraph(url(pathAndQuery), AMPLE, cache);
    }

    private String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    private void answerFriends(HttpExchange exchange, String a, String b) throws IOException {
        asked.add(List.of(a, b));
        boolean friends = FOLLOWS.contains(a + ">" + b) && FOLLOWS.contains(b + ">" + a);
        send(exchange, 200, "{\"friends\": " + friends + ", \"since\": \"2026-01-01\"}");
    }

    private void body(String path, int status, String body) {
        handler(path, exchange -> send(exchange, status, body));
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


    private void awaitRelease() {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }




    /** The template as a new instance keeps it, or the refusal its constructor throws. */
    private String validated(String template) {
        return new HttpFollowGraph(template, QUICK, cache).urlTemplate();
    }
}
