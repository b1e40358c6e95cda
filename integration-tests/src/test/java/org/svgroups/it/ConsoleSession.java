package org.svgroups.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.svgroups.it.server.OpenfireInstance;

/**
 * The admin console of one node read over plain HTTP, without a browser: logged in as {@code admin} through the
 * login form (which wants the CSRF token the console sets as a cookie), then pages fetched as that admin.
 */
final class ConsoleSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private ConsoleSession(URI base) {
        this.base = base;
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT).build();
    }

    /** Logs in as {@code admin} on the console of the server listening on {@code address}. */
    static ConsoleSession login(String address, String adminPassword) throws IOException, InterruptedException {
        ConsoleSession console = new ConsoleSession(URI.create("http://" + address + ":" + OpenfireInstance.ADMIN_PORT + "/"));
        console.get("login.jsp");
        String csrf = console.cookies.getCookieStore().get(console.base).stream()
                .filter(c -> c.getName().equals("csrf")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IOException("the admin console at " + console.base + " set no csrf cookie"));
        String form = "login=true&username=admin&password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8)
                + "&csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> answer = console.http.send(HttpRequest.newBuilder(console.base.resolve("login.jsp"))
                        .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.uri().getPath().endsWith("login.jsp")) {
            throw new IOException("the admin console at " + console.base + " refused the admin's login");
        }
        return console;
    }

    /** The page at {@code path} (relative to the console's root), which must answer 200. */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("the admin console answered HTTP " + answer.statusCode() + " at " + answer.uri());
        }
        return answer.body();
    }
}
