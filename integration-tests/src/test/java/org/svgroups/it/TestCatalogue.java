package org.svgroups.it;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.Thumbnail;

/**
 * The app's catalogue of videos and products, as the real server asks it: a {@link HttpServer} on loopback that
 * answers {@code GET /catalogue/{kind}/{id}} from a fixed table, following the contract of the plugin's
 * {@code HttpCatalogue} (200 with the item as JSON, 404 for an unknown item). Started by {@link RealOpenfire}
 * before Openfire is provisioned, so that {@code svgroups.share.catalogue.url} can name its port.
 *
 * <p>The plugin caches definite answers for minutes, so each item keeps one behaviour for the whole run, and every
 * scenario that needs a fresh look-up uses an item of its own. Every request is recorded ({@link #requests}).
 */
public final class TestCatalogue implements AutoCloseable {

    /** The hosts {@code svgroups.share.origins} allows. */
    static final String VIDEOS = "videos.example.test";
    static final String SHOP = "shop.example.test";
    static final String CDN = "cdn.example.test";

    /** A public video, with every piece of metadata a video can have. */
    public static final Share DANCE = new Share(ShareKind.VIDEO, "dance-101", "https://" + VIDEOS + "/v/dance-101",
            "How to dance: the basics", "@dancecrew", new Thumbnail("https://" + CDN + "/t/dance-101.jpg", 720, 1280),
            42, null, true);
    /** A public product, without an author. */
    public static final Share HOODIE = new Share(ShareKind.PRODUCT, "hoodie-42", "https://" + SHOP + "/p/hoodie-42",
            "Crew hoodie", null, new Thumbnail("https://" + CDN + "/t/hoodie-42.jpg", 800, 800), null,
            new Price(new BigDecimal("19.99"), "EUR"), true);
    /** A public product for people aged 18 and over. */
    static final Share VAPE = new Share(ShareKind.PRODUCT, "vape-18", "https://" + SHOP + "/p/vape-18",
            "Cloud vape kit", null, null, null, new Price(new BigDecimal("24.50"), "EUR"), true);
    static final int VAPE_MINIMUM_AGE = 18;
    /** A public video only the share-count scenario shares. */
    static final Share TALLY = new Share(ShareKind.VIDEO, "tally-3", "https://" + VIDEOS + "/v/tally-3",
            "Counted three times", "@counter", null, 7, null, true);
    /** A public video only the rate-limit scenario shares. */
    static final Share RATE = new Share(ShareKind.VIDEO, "rate-1", "https://" + VIDEOS + "/v/rate-1",
            "Shared too often", null, null, 3, null, true);

    /** Held as private / removed / unknown (404). */
    static final String PRIVATE_VIDEO = "secret-7";
    static final String REMOVED_VIDEO = "gone-9";
    static final String UNKNOWN_VIDEO = "never-was-404";
    /** The catalogue fails on these: HTTP 500, and an answer much later than the plugin's timeout. */
    static final String FAILING_VIDEO = "flaky-500";
    static final String SLOW_PRODUCT = "slow-1";
    /** How late the slow product's answer comes: well beyond {@link RealOpenfire#CATALOGUE_TIMEOUT_MILLIS}. */
    static final Duration SLOW_ANSWER = Duration.ofSeconds(6);

    private record Answer(int status, String json, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Answer> table = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private TestCatalogue(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        for (Share item : List.of(DANCE, HOODIE, TALLY, RATE)) {
            put(item.kind(), item.id(), new Answer(200, json(item, "public", 0), Duration.ZERO));
        }
        put(ShareKind.PRODUCT, VAPE.id(), new Answer(200, json(VAPE, "public", VAPE_MINIMUM_AGE), Duration.ZERO));
        // A private or removed item: the contract needs kind, id and status only.
        put(ShareKind.VIDEO, PRIVATE_VIDEO, new Answer(200, "{\"kind\": \"video\", \"id\": \"" + PRIVATE_VIDEO
                + "\", \"status\": \"private\"}", Duration.ZERO));
        put(ShareKind.VIDEO, REMOVED_VIDEO, new Answer(200, json(new Share(ShareKind.VIDEO, REMOVED_VIDEO,
                "https://" + VIDEOS + "/v/" + REMOVED_VIDEO, "Taken down", null, null, 10, null, null), "removed", 0),
                Duration.ZERO));
        put(ShareKind.VIDEO, FAILING_VIDEO, new Answer(500, "{\"error\": \"database on fire\"}", Duration.ZERO));
        // Were it waited for, this answer would make the share verified: only the timeout keeps it unverified.
        put(ShareKind.PRODUCT, SLOW_PRODUCT, new Answer(200, json(new Share(ShareKind.PRODUCT, SLOW_PRODUCT,
                "https://" + SHOP + "/p/" + SLOW_PRODUCT, "Too late", null, null, null,
                new Price(new BigDecimal("1.00"), "EUR"), null), "public", 0), SLOW_ANSWER));
    }

    /** Starts the catalogue on a free loopback port. */
    static TestCatalogue start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "test-catalogue");
            thread.setDaemon(true);
            return thread;
        });
        TestCatalogue catalogue = new TestCatalogue(server, executor);
        server.createContext("/catalogue/", catalogue::handle);
        server.setExecutor(executor);
        server.start();
        return catalogue;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The template for {@code svgroups.share.catalogue.url}. */
    String urlTemplate() {
        return "http://127.0.0.1:" + port() + "/catalogue/{kind}/{id}";
    }

    /** Every item asked for so far, as {@code kind/id}, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** How often the plugin asked for an item. */
    long requestsFor(ShareKind kind, String id) {
        String key = key(kind, id);
        return requests.stream().filter(key::equals).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void put(ShareKind kind, String id, Answer answer) {
        table.put(key(kind, id), answer);
    }

    private static String key(ShareKind kind, String id) {
        return kind.xmlValue() + "/" + id;
    }

    private void handle(HttpExchange exchange) {
        try {
            String key = exchange.getRequestURI().getPath().substring("/catalogue/".length());
            requests.add(key);
            Answer answer = "GET".equals(exchange.getRequestMethod()) ? table.get(key) : new Answer(405, "{}", Duration.ZERO);
            if (answer == null) {
                answer = new Answer(404, "{\"error\": \"no such item\"}", Duration.ZERO);
            }
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The plugin gave up waiting (the slow item): nothing to answer to.
        } finally {
            exchange.close();
        }
    }

    /** The item as the catalogue's JSON describes it. */
    private static String json(Share item, String status, int minimumAge) {
        StringBuilder json = new StringBuilder("{");
        member(json, "kind", string(item.kind().xmlValue()));
        member(json, "id", string(item.id()));
        member(json, "url", string(item.url()));
        if (item.title() != null) {
            member(json, "title", string(item.title()));
        }
        if (item.author() != null) {
            member(json, "author", string(item.author()));
        }
        if (item.thumbnail() != null) {
            member(json, "thumbnail", "{\"url\": " + string(item.thumbnail().url()) + ", \"width\": "
                    + item.thumbnail().width() + ", \"height\": " + item.thumbnail().height() + "}");
        }
        if (item.duration() != null) {
            member(json, "duration", item.duration().toString());
        }
        if (item.price() != null) {
            member(json, "price", "{\"amount\": " + string(item.price().amount().toPlainString()) + ", \"currency\": "
                    + string(item.price().currency()) + "}");
        }
        member(json, "status", string(status));
        member(json, "minimumAge", Integer.toString(minimumAge));
        return json.append('}').toString();
    }

    private static void member(StringBuilder json, String name, String value) {
        if (json.length() > 1) {
            json.append(", ");
        }
        json.append(string(name)).append(": ").append(value);
    }

    private static String string(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
