package org.svgroups.core.archive;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.svgroups.core.archive.InvalidArchiveQueryException.Condition;

/**
 * Reads a XEP-0313 query as the client sent it (the data form's fields and the XEP-0059 set, as strings) into an
 * {@link ArchiveQuery}, or refuses it with the condition and text of what is wrong. Page sizes above
 * {@value #MAX_PAGE} are lowered to it, as XEP-0059 allows; without {@code <max/>} a page has
 * {@value #DEFAULT_PAGE} messages.
 */
public final class ArchiveQueryParser {

    public static final String NAMESPACE = "urn:xmpp:mam:2";
    public static final int MAX_PAGE = 100;
    public static final int DEFAULT_PAGE = 50;
    /** The form fields this archive filters on, besides FORM_TYPE. */
    public static final List<String> FIELDS = List.of("start", "end", "after-id", "before-id");
    /** Standard fields this archive does not filter on (a group's archive is one conversation). */
    private static final List<String> UNSUPPORTED = List.of("with", "ids");
    /** The longest id accepted; stanza-ids are UUIDs. */
    static final int MAX_ID_LENGTH = 255;

    private ArchiveQueryParser() {
    }

    /**
     * @param fields     the submitted form's fields by name (FORM_TYPE included), each with its values; null when the
     *                   query has no form
     * @param max        the text of RSM {@code <max/>}, or null
     * @param pageAfter  the text of RSM {@code <after/>}, or null
     * @param pageBefore the text of RSM {@code <before/>} (empty for an empty element), or null
     * @param flipPage   whether {@code <flip-page/>} was given
     */
    public static ArchiveQuery parse(Map<String, List<String>> fields, String max, String pageAfter, String pageBefore,
                                     boolean flipPage) {
        Instant start = null;
        Instant end = null;
        String afterId = null;
        String beforeId = null;
        if (fields != null) {
            List<String> formType = fields.get("FORM_TYPE");
            if (formType == null || !formType.equals(List.of(NAMESPACE))) {
                throw bad("The query form's FORM_TYPE must be " + NAMESPACE + ".");
            }
            for (Map.Entry<String, List<String>> field : fields.entrySet()) {
                String name = field.getKey();
                if (name.equals("FORM_TYPE")) {
                    continue;
                }
                if (UNSUPPORTED.contains(name)) {
                    throw new InvalidArchiveQueryException(Condition.FEATURE_NOT_IMPLEMENTED,
                            "This archive does not filter on '" + name + "': a group's archive is one conversation."
                                    + " Fields: " + String.join(", ", FIELDS) + ".");
                }
                if (!FIELDS.contains(name)) {
                    throw new InvalidArchiveQueryException(Condition.FEATURE_NOT_IMPLEMENTED,
                            "Unknown field '" + name + "'. Fields: " + String.join(", ", FIELDS) + ".");
                }
                String value = single(name, field.getValue());
                switch (name) {
                    case "start" -> start = instant(name, value);
                    case "end" -> end = instant(name, value);
                    case "after-id" -> afterId = id(name, value);
                    default -> beforeId = id(name, value);
                }
            }
        }
        return new ArchiveQuery(start, end, afterId, beforeId, pageSize(max),
                pageAfter == null ? null : id("<after/>", pageAfter),
                pageBefore == null || pageBefore.isEmpty() ? pageBefore : id("<before/>", pageBefore), flipPage);
    }

    private static String single(String name, List<String> values) {
        if (values == null || values.size() != 1) {
            throw bad("The field '" + name + "' takes exactly one value.");
        }
        return values.get(0);
    }

    /** A XEP-0082 date and time, with a time zone. */
    private static Instant instant(String name, String value) {
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw bad("The field '" + name + "' is not a XEP-0082 date and time (such as 2026-11-25T10:00:00Z): '"
                    + abbreviate(value) + "'.");
        }
    }

    private static String id(String name, String value) {
        String id = value.strip();
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw bad("'" + name + "' is not an archive id.");
        }
        return id;
    }

    private static int pageSize(String max) {
        if (max == null) {
            return DEFAULT_PAGE;
        }
        String digits = max.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad("<max/> must be a whole number of messages, 0 or more: '" + abbreviate(max) + "'.");
        }
        // However many digits: a page never has more than MAX_PAGE messages.
        return digits.length() > 9 ? MAX_PAGE : Math.min(Integer.parseInt(digits), MAX_PAGE);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    private static InvalidArchiveQueryException bad(String text) {
        return new InvalidArchiveQueryException(Condition.BAD_REQUEST, text);
    }
}
