package org.svgroups.it.webclient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback web server for Converse.js: {@code /} is a page that starts Converse and logs in the user named in
 * its query, {@code /dist/...} are Converse's built files (which its default {@code assets_path} loads chunks,
 * translations and sounds from).
 */
final class ConversePage implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript", "css", "text/css", "json", "application/json", "wasm", "application/wasm",
            "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "ttf", "font/ttf", "mp3", "audio/mpeg",
            "ogg", "audio/ogg");

    private final HttpServer server;
    private final ExecutorService threads;
    private final String origin;

    private ConversePage(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
        this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * @param dist         Converse's {@code dist/} folder
     * @param websocketUrl the server's XMPP-over-WebSocket (RFC 7395) endpoint
     */
    static ConversePage serve(Path dist, String websocketUrl) {
        byte[] page;
        try (InputStream in = ConversePage.class.getResourceAsStream("converse.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("%WEBSOCKET_URL%", websocketUrl).getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                if ("/".equals(exchange.getRequestURI().getPath())) {
                    send(exchange, 200, "text/html; charset=utf-8", page);
                } else {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                }
            });
            server.createContext("/dist/", exchange -> serveFile(exchange, dist));
            // A few threads: the page asks for its chunks and fonts at once.
            ExecutorService threads = Executors.newFixedThreadPool(4);
            server.setExecutor(threads);
            server.start();
            return new ConversePage(server, threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page that logs this user in. */
    String url(String jid, String password) {
        return origin + "/?jid=" + URLEncoder.encode(jid, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private static void serveFile(HttpExchange exchange, Path dist) throws IOException {
        Path file = dist.resolve(exchange.getRequestURI().getPath().substring("/dist/".length())).normalize();
        if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        send(exchange, 200, type, Files.readAllBytes(file));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdown();
    }
}
