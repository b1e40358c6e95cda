package org.svgroups.loadgen;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.svgroups.client.Shares;
import org.svgroups.core.share.Share;

/**
 * The app's catalogue as svgroups asks it ({@code svgroups.share.catalogue.url}), on loopback: it knows one public
 * video, {@link #VIDEO}, which every share of the load generator names; anything else is 404. The plugin caches
 * the answer, so after the first share the catalogue is warm and this server is idle.
 */
final class LoopbackCatalogue implements AutoCloseable {

    /** The host {@code svgroups.share.origins} must allow. */
    static final String HOST = "videos.loadgen.test";
    static final Share VIDEO = Shares.video("lg-1", "https://" + HOST + "/v/lg-1", "Load test video");
    private static final byte[] ANSWER = ("{\"kind\": \"video\", \"id\": \"lg-1\", \"url\": \"" + VIDEO.url()
            + "\", \"title\": \"Load test video\", \"author\": \"@loadgen\", \"duration\": 15, \"status\": \"public\", "
            + "\"minimumAge\": 0}").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackCatalogue(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** @param port 0 for any free port */
    static LoopbackCatalogue start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "loadgen-catalogue");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/catalogue/", LoopbackCatalogue::handle);
        server.setExecutor(executor);
        server.start();
        return new LoopbackCatalogue(server, executor);
    }

    /** The value for {@code svgroups.share.catalogue.url}. */
    String urlTemplate() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/catalogue/{kind}/{id}";
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean known = exchange.getRequestURI().getPath().equals("/catalogue/video/" + VIDEO.id());
            byte[] body = known ? ANSWER : "{\"error\": \"no such item\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
