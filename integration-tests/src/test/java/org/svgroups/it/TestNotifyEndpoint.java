package org.svgroups.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The app's backend as svgroups' notifier sees it: a loopback {@link HttpServer} that takes {@code POST /wake},
 * keeps each body with its signature header, and answers 204. Started by {@link RealOpenfire} before Openfire is
 * provisioned, so that {@code svgroups.notify.url} can name its port.
 */
public final class TestNotifyEndpoint implements AutoCloseable {

    public static final String SECRET = "it-notify-secret";

    /** One POST as received: the exact body and the signature header. */
    public record Post(byte[] body, String signature) {
        public JSONObject json() {
            return new JSONObject(new String(body, StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Post> posts = new CopyOnWriteArrayList<>();

    private TestNotifyEndpoint(HttpServer server) {
        this.server = server;
    }

    static TestNotifyEndpoint start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TestNotifyEndpoint endpoint = new TestNotifyEndpoint(server);
        server.createContext("/wake", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                endpoint.posts.add(new Post(exchange.getRequestBody().readAllBytes(),
                        exchange.getRequestHeaders().getFirst("X-Svgroups-Signature")));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.setExecutor(endpoint.executor);
        server.start();
        return endpoint;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/wake";
    }

    public List<Post> posts() {
        return List.copyOf(posts);
    }

    /** The first event of any POST so far that matches, waiting up to {@code wait} for one. */
    public Optional<JSONObject> awaitEvent(Predicate<JSONObject> matching, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            for (Post post : posts) {
                JSONArray events = post.json().getJSONArray("events");
                for (int i = 0; i < events.length(); i++) {
                    if (matching.test(events.getJSONObject(i))) {
                        return Optional.of(events.getJSONObject(i));
                    }
                }
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /** Every event so far that matches. */
    public List<JSONObject> events(Predicate<JSONObject> matching) {
        List<JSONObject> found = new CopyOnWriteArrayList<>();
        for (Post post : posts) {
            JSONArray events = post.json().getJSONArray("events");
            for (int i = 0; i < events.length(); i++) {
                if (matching.test(events.getJSONObject(i))) {
                    found.add(events.getJSONObject(i));
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
