package org.svgroups.core.notify;

import java.time.Instant;
import java.util.List;

/**
 * The JSON body of one POST to the app's backend (RFC 8259, UTF-8): the batch's id and sending time, which the
 * signature covers so that a receiver can refuse replays, and its events. Written by hand: the core has no JSON
 * library, and the shape is fixed.
 * <pre>
 * {"batch":"…","sent":"2026-11-25T10:00:00Z","events":[{"kind":"message","group":"…","groupName":"…",
 *  "sender":"…","archiveId":"…","absent":["…"],"preview":"…","time":"…"}]}
 * </pre>
 * {@code archiveId} and {@code preview} are left out when there is none. A report ({@code "kind":"report"}, the
 * reporter as {@code sender}, {@code absent} empty) adds {@code "report":{"id":"…","reason":"…","target":"…",
 * "reported":"…","minor":false}} (the id a string: a 64-bit number does not survive JavaScript).
 */
public final class NotifyJson {

    private NotifyJson() {
    }

    public static String batch(String batchId, Instant sent, List<NotifyEvent> events) {
        StringBuilder json = new StringBuilder(256 * (events.size() + 1));
        json.append("{\"batch\":");
        string(json, batchId);
        json.append(",\"sent\":");
        string(json, sent.toString());
        json.append(",\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            event(json, events.get(i));
        }
        return json.append("]}").toString();
    }

    private static void event(StringBuilder json, NotifyEvent event) {
        json.append("{\"kind\":");
        string(json, event.kind().word());
        json.append(",\"group\":");
        string(json, event.group());
        json.append(",\"groupName\":");
        string(json, event.groupName());
        json.append(",\"sender\":");
        string(json, event.sender());
        if (event.archiveId() != null) {
            json.append(",\"archiveId\":");
            string(json, event.archiveId());
        }
        json.append(",\"absent\":[");
        for (int i = 0; i < event.absent().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, event.absent().get(i));
        }
        json.append(']');
        if (event.preview() != null) {
            json.append(",\"preview\":");
            string(json, event.preview());
        }
        if (event.report() != null) {
            json.append(",\"report\":{\"id\":");
            string(json, Long.toString(event.report().id()));
            json.append(",\"reason\":");
            string(json, event.report().reason());
            json.append(",\"target\":");
            string(json, event.report().target());
            json.append(",\"reported\":");
            string(json, event.report().reported());
            json.append(",\"minor\":").append(event.report().minor()).append('}');
        }
        json.append(",\"time\":");
        string(json, event.time().toString());
        json.append('}');
    }

    /**
     * A JSON string. Quotes, backslashes and control characters are escaped, and so are U+2028, U+2029 (which
     * JavaScript once refused in strings) and unpaired surrogates (which UTF-8 cannot carry: escaped, they survive).
     */
    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || unpaired(value, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean unpaired(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
