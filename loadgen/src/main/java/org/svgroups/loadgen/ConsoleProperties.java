package org.svgroups.loadgen;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Changes Openfire system properties on a running server the way an admin does: logged in to the admin console,
 * through its System Properties page ({@code server-properties.jsp}, action {@code save} or {@code delete}). Both
 * forms carry the CSRF token the console sets as a cookie when it shows them, so each change first loads the page.
 * Dynamic properties (svgroups' settings are) apply at once, without a restart.
 */
final class ConsoleProperties {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private ConsoleProperties(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT).build();
    }

    /** Logs in as {@code admin} at {@code base} (e.g. {@code http://127.0.0.1:9090/}). */
    static ConsoleProperties login(URI base, String adminPassword) throws IOException, InterruptedException {
        ConsoleProperties console = new ConsoleProperties(base);
        console.get("login.jsp");
        HttpResponse<String> answer = console.post("login.jsp", Map.of("login", "true", "username", "admin",
                "password", adminPassword, "csrf", console.csrf()));
        if (answer.uri().getPath().endsWith("login.jsp")) {
            throw new IOException("the admin console at " + base + " refused the admin's login");
        }
        return console;
    }

    /** Sets every value (saved in the database, as the console does) and deletes the {@code others}. */
    void apply(Map<String, String> values, Collection<String> others) throws IOException, InterruptedException {
        for (Map.Entry<String, String> value : values.entrySet()) {
            change("save", value.getKey(), value.getValue(), "was");
        }
        for (String key : others) {
            if (!values.containsKey(key)) {
                change("delete", key, null, "was deleted");
            }
        }
    }

    private void change(String action, String key, String value, String confirmation)
            throws IOException, InterruptedException {
        get("server-properties.jsp");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf());
        form.put("action", action);
        form.put("key", key);
        if (value != null) {
            form.put("value", value);
            form.put("encrypt", "false");
        }
        HttpResponse<String> answer = post("server-properties.jsp", form);
        // The page it redirects to says what happened ("The property KEY was updated/created/deleted").
        if (!answer.body().contains("The property " + key + " " + confirmation)) {
            throw new IOException("the admin console did not confirm " + action + " of " + key + " (HTTP "
                    + answer.statusCode() + " at " + answer.uri() + ")");
        }
    }

    private String csrf() throws IOException {
        return cookies.getCookieStore().get(base).stream().filter(c -> c.getName().equals("csrf"))
                .map(java.net.HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IOException("the admin console set no csrf cookie"));
    }

    private HttpResponse<String> get(String page) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(page)).timeout(TIMEOUT).GET().build());
    }

    private HttpResponse<String> post(String page, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(page)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("the admin console answered HTTP " + answer.statusCode() + " at " + answer.uri());
        }
        return answer;
    }
}
