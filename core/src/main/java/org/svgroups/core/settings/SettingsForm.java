package org.svgroups.core.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.links.FixedLinkSettings;
import org.svgroups.core.links.LinkApproval;
import org.svgroups.core.settings.Setting.Section;
import org.svgroups.core.settings.SettingInput.InvalidSettingException;

/**
 * The settings form of the admin console, without the console: every svgroups setting (keys, ranges, units and
 * defaults as the plugin's system properties declare them), and the validation of one submitted form as a whole.
 * A form is either entirely valid, and gives every typed value, or it gives, per field, the i18n key and arguments
 * of what is wrong.
 */
public final class SettingsForm {

    public static final String FRIENDS_FROM_ROSTER = "roster";
    public static final String FRIENDS_FROM_HTTP = "http";

    public static final Setting<String> SUBDOMAIN =
            Setting.text("svgroups.service.subdomain", Section.GROUPS, "groups", SettingInput::subdomain);
    public static final Setting<Integer> MEMBER_CAP = Setting.integer("svgroups.group.member-cap", Section.GROUPS,
            GroupSettings.DEFAULT_MEMBER_CAP, GroupSettings.MIN_MEMBER_CAP, GroupSettings.MAX_MEMBER_CAP);
    public static final Setting<Boolean> BOOKMARKS_ENABLED =
            Setting.bool("svgroups.bookmarks.enabled", Section.GROUPS, true);

    public static final Setting<Integer> MINIMUM_AGE =
            Setting.integer("svgroups.age.minimum", Section.AGE, FixedGroupSettings.DEFAULT_MINIMUM_AGE, 0, 99);
    public static final Setting<Integer> CONSENT_AGE =
            Setting.integer("svgroups.age.consent", Section.AGE, FixedGroupSettings.DEFAULT_CONSENT_AGE, 0, 99);
    public static final Setting<Boolean> UNKNOWN_BIRTHDATE_ALLOWED =
            Setting.bool("svgroups.age.unknown-allowed", Section.AGE, true);

    public static final Setting<String> FRIENDS_SOURCE = Setting.choice("svgroups.friends.source", Section.FRIENDS,
            FRIENDS_FROM_ROSTER, List.of(FRIENDS_FROM_ROSTER, FRIENDS_FROM_HTTP));
    /** Checked here only in itself; that it is required with the http source is a rule of the whole form. */
    public static final Setting<String> FOLLOW_GRAPH_URL = Setting.text("svgroups.friends.http.url", Section.FRIENDS, "",
            input -> urlTemplate(input, "{a}", "{b}"));
    public static final Setting<Duration> FOLLOW_GRAPH_TIMEOUT = Setting.duration("svgroups.friends.http.timeout",
            Section.FRIENDS, Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofSeconds(30), ChronoUnit.MILLIS);
    public static final Setting<Duration> FOLLOW_GRAPH_CACHE_LIFETIME = Setting.duration(
            "svgroups.friends.http.cache-lifetime", Section.FRIENDS, Duration.ofMinutes(10), Duration.ofSeconds(1),
            Duration.ofDays(1), ChronoUnit.SECONDS);
    public static final Setting<Boolean> UNREACHABLE_GRAPH_ALLOWS =
            Setting.bool("svgroups.friends.http.unreachable-allows", Section.FRIENDS, false);

    public static final Setting<Duration> INVITATION_LIFETIME = Setting.duration("svgroups.invitation.lifetime",
            Section.INVITATIONS, FixedGroupSettings.DEFAULT_INVITATION_LIFETIME, Duration.ofHours(1),
            Duration.ofDays(365), ChronoUnit.HOURS);
    public static final Setting<Integer> GROUPS_PER_DAY = Setting.integer("svgroups.rate.groups-per-day",
            Section.INVITATIONS, FixedGroupSettings.DEFAULT_GROUPS_PER_DAY, 1, 100_000);
    public static final Setting<Integer> INVITATIONS_PER_HOUR = Setting.integer("svgroups.rate.invitations-per-hour",
            Section.INVITATIONS, FixedGroupSettings.DEFAULT_INVITATIONS_PER_HOUR, 1, 100_000);

    public static final Setting<Duration> LINK_LIFETIME = Setting.duration("svgroups.links.lifetime", Section.LINKS,
            FixedLinkSettings.DEFAULT_LIFETIME, Duration.ofDays(1), Duration.ofDays(365), ChronoUnit.DAYS);
    public static final Setting<Duration> LINK_MAX_LIFETIME = Setting.duration("svgroups.links.max-lifetime",
            Section.LINKS, FixedLinkSettings.DEFAULT_MAX_LIFETIME, Duration.ofDays(1), Duration.ofDays(365), ChronoUnit.DAYS);
    public static final Setting<Boolean> LINK_MEMBERS_MAY_CREATE =
            Setting.bool("svgroups.links.members-may-create", Section.LINKS, false);
    public static final Setting<String> LINK_APPROVAL = Setting.choice("svgroups.links.approval", Section.LINKS,
            LinkApproval.MINOR_OWNED.value(), Arrays.stream(LinkApproval.values()).map(LinkApproval::value).toList());
    public static final Setting<Integer> LINK_FAILED_TRIES_PER_HOUR = Setting.integer("svgroups.links.failed-tries-per-hour",
            Section.LINKS, FixedLinkSettings.DEFAULT_FAILED_TRIES_PER_HOUR, 1, 1000);

    public static final Setting<String> SHARE_ORIGINS =
            Setting.text("svgroups.share.origins", Section.SHARING, "", SettingsForm::hostList);
    public static final Setting<Integer> SHARES_PER_MINUTE =
            Setting.integer("svgroups.share.per-minute", Section.SHARING, 10, 1, 10_000);
    public static final Setting<String> CATALOGUE_URL = Setting.text("svgroups.share.catalogue.url", Section.SHARING, "",
            input -> urlTemplate(input, "{kind}", "{id}"));
    public static final Setting<Duration> CATALOGUE_TIMEOUT = Setting.duration("svgroups.share.catalogue.timeout",
            Section.SHARING, Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofSeconds(30), ChronoUnit.MILLIS);
    public static final Setting<Duration> CATALOGUE_CACHE_LIFETIME = Setting.duration(
            "svgroups.share.catalogue.cache-lifetime", Section.SHARING, Duration.ofMinutes(5), Duration.ofSeconds(1),
            Duration.ofDays(1), ChronoUnit.SECONDS);
    public static final Setting<Boolean> CATALOGUE_UNREACHABLE_DELIVERS =
            Setting.bool("svgroups.share.catalogue.unreachable-delivers", Section.SHARING, true);
    public static final Setting<Boolean> REFUSE_UNREADABLE =
            Setting.bool("svgroups.share.refuse-unreadable", Section.SHARING, false);

    public static final Setting<Boolean> ARCHIVE_ENABLED = Setting.bool("svgroups.archive.enabled", Section.ARCHIVE, true);
    public static final Setting<Boolean> ARCHIVE_FULL_HISTORY =
            Setting.bool("svgroups.archive.full-history", Section.ARCHIVE, false);
    /** Whole days; 0 keeps everything. */
    public static final Setting<Integer> ARCHIVE_RETENTION_DAYS =
            Setting.integer("svgroups.archive.retention-days", Section.ARCHIVE, 0, 0, 36_500);
    /** Reports one user may make per hour (a repeated report of the same thing is not counted again). */
    public static final Setting<Integer> REPORTS_PER_HOUR =
            Setting.integer("svgroups.reports.per-hour", Section.REPORTS, 20, 1, 1_000);
    /** Whole days a closed report (with its copy of messages) is kept; an open one stays until dealt with. */
    public static final Setting<Integer> REPORTS_RETENTION_DAYS =
            Setting.integer("svgroups.reports.retention-days", Section.REPORTS, 180, 1, 3_650);
    /** The app backend that wakes phones; checked here only in itself (a secret is needed too: see the page). */
    public static final Setting<String> NOTIFY_URL = Setting.text("svgroups.notify.url", Section.NOTIFY, "",
            input -> urlTemplate(input));
    public static final Setting<String> NOTIFY_SECRET = Setting.secret("svgroups.notify.secret", Section.NOTIFY);
    public static final Setting<Boolean> NOTIFY_PREVIEWS = Setting.bool("svgroups.notify.previews", Section.NOTIFY, true);
    public static final Setting<Duration> NOTIFY_TIMEOUT = Setting.duration("svgroups.notify.timeout", Section.NOTIFY,
            Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(60), ChronoUnit.MILLIS);
    public static final Setting<Integer> NOTIFY_BATCH_SIZE =
            Setting.integer("svgroups.notify.batch-size", Section.NOTIFY, 100, 1, 1000);
    /** Read when the plugin starts: it sizes the queue. */
    public static final Setting<Integer> NOTIFY_QUEUE_CAPACITY =
            Setting.integer("svgroups.notify.queue-capacity", Section.NOTIFY, 10_000, 100, 1_000_000);

    /** Every setting, section by section, in the order the page shows them. */
    public static final List<Setting<?>> ALL = List.of(
            SUBDOMAIN, MEMBER_CAP, BOOKMARKS_ENABLED,
            MINIMUM_AGE, CONSENT_AGE, UNKNOWN_BIRTHDATE_ALLOWED,
            FRIENDS_SOURCE, FOLLOW_GRAPH_URL, FOLLOW_GRAPH_TIMEOUT, FOLLOW_GRAPH_CACHE_LIFETIME, UNREACHABLE_GRAPH_ALLOWS,
            INVITATION_LIFETIME, GROUPS_PER_DAY, INVITATIONS_PER_HOUR,
            LINK_LIFETIME, LINK_MAX_LIFETIME, LINK_MEMBERS_MAY_CREATE, LINK_APPROVAL, LINK_FAILED_TRIES_PER_HOUR,
            SHARE_ORIGINS, SHARES_PER_MINUTE, CATALOGUE_URL, CATALOGUE_TIMEOUT, CATALOGUE_CACHE_LIFETIME,
            CATALOGUE_UNREACHABLE_DELIVERS, REFUSE_UNREADABLE,
            ARCHIVE_ENABLED, ARCHIVE_FULL_HISTORY, ARCHIVE_RETENTION_DAYS,
            REPORTS_PER_HOUR, REPORTS_RETENTION_DAYS,
            NOTIFY_URL, NOTIFY_SECRET, NOTIFY_PREVIEWS, NOTIFY_TIMEOUT, NOTIFY_BATCH_SIZE, NOTIFY_QUEUE_CAPACITY);

    /** One DNS label of a host name (lower case). */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /** What validation puts in each placeholder of a URL template: a URL-encoded JID, as in real use. */
    private static final String SAMPLE = "sample%40example.org";

    private SettingsForm() {
    }

    /** The setting whose system property key is {@code key}, if it is one of svgroups'. */
    public static Setting<?> byKey(String key) {
        for (Setting<?> setting : ALL) {
            if (setting.key().equals(key)) {
                return setting;
            }
        }
        return null;
    }

    /**
     * Validates a submitted form.
     *
     * @param submitted the submitted strings by field name (the setting's key); an absent checkbox is absent (or
     *                  null), and so means false
     */
    public static Result validate(Map<String, String> submitted) {
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        Map<String, SettingError> errors = new LinkedHashMap<>();
        for (Setting<?> setting : ALL) {
            try {
                values.put(setting, setting.parse(submitted.get(setting.key())));
            } catch (InvalidSettingException e) {
                errors.put(setting.key(), new SettingError(e.messageKey(), e.arguments()));
            }
        }
        Object minimum = values.get(MINIMUM_AGE);
        Object consent = values.get(CONSENT_AGE);
        if (minimum != null && consent != null && (Integer) consent < (Integer) minimum) {
            errors.put(CONSENT_AGE.key(), new SettingError("svgroups.settings.error.consent-below-minimum",
                    List.of(String.valueOf(minimum))));
        }
        Object lifetime = values.get(LINK_LIFETIME);
        Object maxLifetime = values.get(LINK_MAX_LIFETIME);
        if (lifetime != null && maxLifetime != null && ((Duration) lifetime).compareTo((Duration) maxLifetime) > 0) {
            errors.put(LINK_LIFETIME.key(), new SettingError("svgroups.settings.error.link-lifetime-above-max",
                    List.of(String.valueOf(((Duration) maxLifetime).toDays()))));
        }
        if (FRIENDS_FROM_HTTP.equals(values.get(FRIENDS_SOURCE)) && "".equals(values.get(FOLLOW_GRAPH_URL))) {
            errors.put(FOLLOW_GRAPH_URL.key(), new SettingError("svgroups.settings.error.url-required", List.of()));
        }
        return errors.isEmpty() ? new Result(values, Map.of()) : new Result(Map.of(), errors);
    }

    /**
     * An {@code http} or {@code https} URL template with a host and no fragment, containing every placeholder,
     * the same checks as the plugin's {@code UrlTemplate}; empty is allowed (and returned as "").
     */
    static String urlTemplate(String input, String... placeholders) {
        String template = input == null ? "" : input.strip();
        if (template.isEmpty()) {
            return "";
        }
        List<String> missing = new ArrayList<>();
        String sample = template;
        for (String placeholder : placeholders) {
            if (!template.contains(placeholder)) {
                missing.add(placeholder);
            }
            sample = sample.replace(placeholder, SAMPLE);
        }
        if (!missing.isEmpty()) {
            throw new InvalidSettingException("svgroups.settings.error.url-placeholders",
                    List.of(String.join(" ", placeholders)));
        }
        URI uri;
        try {
            uri = new URI(sample);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException("svgroups.settings.error.url", List.of());
        }
        String scheme = uri.getScheme();
        boolean web = scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"));
        if (!web || uri.getHost() == null || uri.getHost().isEmpty() || uri.getRawAuthority().contains(SAMPLE)
                || uri.getRawFragment() != null) {
            throw new InvalidSettingException("svgroups.settings.error.url", List.of());
        }
        return template;
    }

    /**
     * Host names separated by commas or white space, each a valid DNS name; returned lower-cased, without
     * duplicates, in the order given, separated by ", " (empty when none).
     */
    static String hostList(String input) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String entry : (input == null ? "" : input).split("[,\\s]+")) {
            String host = entry.strip().toLowerCase(Locale.ROOT);
            if (host.isEmpty()) {
                continue;
            }
            if (!isHostName(host)) {
                throw new InvalidSettingException("svgroups.settings.error.host", List.of(entry.strip()));
            }
            hosts.add(host);
        }
        return String.join(", ", hosts);
    }

    private static boolean isHostName(String host) {
        if (host.length() > 253) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with one field: an i18n message key and the values of its placeholders. */
    public record SettingError(String messageKey, List<Object> arguments) {
        public SettingError {
            Objects.requireNonNull(messageKey, "messageKey");
            arguments = List.copyOf(arguments);
        }
    }

    /** A validated form: every typed value, or the errors by field (never both). */
    public static final class Result {

        private final Map<Setting<?>, Object> values;
        private final Map<String, SettingError> errors;

        private Result(Map<Setting<?>, Object> values, Map<String, SettingError> errors) {
            this.values = Collections.unmodifiableMap(values);
            this.errors = Collections.unmodifiableMap(errors);
        }

        public boolean isValid() {
            return errors.isEmpty();
        }

        /** Every setting's typed value, in {@link #ALL}'s order; empty when the form is not valid. */
        public Map<Setting<?>, Object> values() {
            return values;
        }

        public <T> T value(Setting<T> setting) {
            if (!isValid()) {
                throw new IllegalStateException("the form is not valid: " + errors.keySet());
            }
            return setting.cast(values.get(setting));
        }

        /** What is wrong, by field name (the setting's key); empty when valid. */
        public Map<String, SettingError> errors() {
            return errors;
        }
    }
}
