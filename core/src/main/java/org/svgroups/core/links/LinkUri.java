package org.svgroups.core.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invite link as an RFC 5122 {@code xmpp:} URI: {@code xmpp:GROUP?svgroups-join;token=TOKEN}. The query action
 * is svgroups' own rather than XEP-0147's registered {@code join}: a standard client that sees {@code join} enters
 * the room by presence, which a members-only group refuses; an unknown action makes it open the address and
 * nothing more, while the app (which wraps the URI in its own https link) sends the join. The token is base64url,
 * which needs no escaping in a URI; the group's node is percent-encoded where RFC 5122 asks.
 *
 * @param group the group's bare JID
 */
public record LinkUri(String group, String token) {

    public static final String ACTION = "svgroups-join";
    private static final Pattern FORM = Pattern.compile("xmpp:([^?#/]+)\\?" + ACTION + ";token=([A-Za-z0-9_-]+)");

    /** The URI, e.g. {@code xmpp:k3xq7@groups.example.org?svgroups-join;token=Q2hh...}. */
    public String uri() {
        int at = group.indexOf('@');
        String node = at < 0 ? "" : group.substring(0, at);
        return "xmpp:" + escape(node) + group.substring(at) + "?" + ACTION + ";token=" + token;
    }

    /** The group and token of a link, or empty when the text is not such a URI. */
    public static Optional<LinkUri> parse(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(uri.strip());
        if (!m.matches() || m.group(1).indexOf('@') < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LinkUri(URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8),
                    m.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes, as UTF-8, everything of a node but RFC 3986's unreserved characters. */
    private static String escape(String node) {
        StringBuilder out = new StringBuilder();
        for (byte b : node.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
