package org.svgroups.openfire.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The URL template of one of the app's services, such as {@code https://app.example/api/mutual?a={a}&b={b}}:
 * an {@code https} or {@code http} URL whose placeholders are replaced by URL-encoded values, in the path or in the
 * query, never in the scheme, host or port. Immutable.
 */
public final class UrlTemplate {

    /** What validation puts in each placeholder: what real encoded values look like (with a percent-escape). */
    private static final String SAMPLE = encode("sample@example.org");

    private final String text;
    private final List<String> placeholders;
    private final String origin;

    private UrlTemplate(String text, List<String> placeholders, String origin) {
        this.text = text;
        this.placeholders = placeholders;
        this.origin = origin;
    }

    /**
     * Checks a URL template as the admin console receives it.
     *
     * @param text         the template; surrounding white space is ignored
     * @param service      what the template is for, in messages ("follow graph", "catalogue")
     * @param meaning      what the placeholders are replaced by, in messages ("the two users' JIDs")
     * @param example      a good template, shown in every message
     * @param placeholders the placeholders, each of which must appear at least once ("{a}", "{b}")
     * @throws IllegalArgumentException with a message that says what is wrong and shows the example: the template
     *                                  is empty, lacks a placeholder, is not an {@code http} or {@code https} URL,
     *                                  has no host (or a placeholder in it), has a fragment, or is not a valid URL
     */
    public static UrlTemplate parse(String text, String service, String meaning, String example, String... placeholders) {
        String forExample = " For example: " + example;
        String name = "The " + service + " URL template";
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " is empty." + forExample);
        }
        String template = text.strip();
        String named = name + " '" + template + "'";
        List<String> missing = new ArrayList<>();
        for (String placeholder : placeholders) {
            if (!template.contains(placeholder)) {
                missing.add(placeholder);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(named + " lacks " + (missing.size() == 1 ? "the placeholder " : "the placeholders ")
                    + and(missing) + " (replaced by " + meaning + ")." + forExample);
        }
        List<String> all = List.of(placeholders);
        URI sample;
        try {
            sample = new URI(substitute(template, all, SAMPLE));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(named + " is not a valid URL (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + ")." + forExample);
        }
        String scheme = sample.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException(named + " must start with https:// or http://." + forExample);
        }
        if (sample.getHost() == null || sample.getHost().isEmpty() || sample.getRawAuthority().contains(SAMPLE)) {
            throw new IllegalArgumentException(named + " has no valid host name (the placeholders cannot stand in the host)."
                    + forExample);
        }
        if (sample.getRawFragment() != null) {
            throw new IllegalArgumentException(named + " has a fragment (#...), which is never sent to the server." + forExample);
        }
        return new UrlTemplate(template, all, JsonHttp.origin(sample));
    }

    /** The template, without surrounding white space. */
    public String text() {
        return text;
    }

    /** Scheme, host and port: what a log may show of the URL (the rest may hold an access token). */
    public String origin() {
        return origin;
    }

    /**
     * The URL for these values, each UTF-8 percent-encoded (a space is {@code %20}, never {@code +}) in place of
     * its placeholder.
     *
     * @param values one per placeholder, in the order they were given to {@link #parse}
     */
    public URI expand(String... values) {
        if (values.length != placeholders.size()) {
            throw new IllegalArgumentException("expected " + placeholders.size() + " values, got " + values.length);
        }
        String url = text;
        // The encoded values contain no braces, so one replacement cannot create another placeholder.
        for (int i = 0; i < values.length; i++) {
            url = url.replace(placeholders.get(i), encode(Objects.requireNonNull(values[i], "value")));
        }
        return URI.create(url);
    }

    /** UTF-8 percent-encoding safe in a query and in a path segment: unreserved characters stay, space is %20. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String substitute(String template, List<String> placeholders, String value) {
        String result = template;
        for (String placeholder : placeholders) {
            result = result.replace(placeholder, value);
        }
        return result;
    }

    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    @Override
    public String toString() {
        return "UrlTemplate[" + origin + "]";
    }
}
