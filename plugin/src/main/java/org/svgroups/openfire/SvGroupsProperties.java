package org.svgroups.openfire;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jivesoftware.util.SystemProperty;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.links.LinkApproval;
import org.svgroups.core.links.LinkSettings;
import org.svgroups.core.notify.NotifySettings;
import org.svgroups.core.settings.Setting;
import org.svgroups.core.settings.SettingsForm;
import org.svgroups.core.share.ShareSettings;

/**
 * The plugin's settings, as Openfire system properties: listed (with their i18n descriptions) under Server
 * Manager, System Properties, and changeable there or in the plugin's console page. Values are read on each use,
 * so changes apply at once unless a property says otherwise.
 */
public final class SvGroupsProperties implements GroupSettings, ShareSettings, NotifySettings, LinkSettings {

    /** The canonical plugin name (from the jar's file name): Openfire finds the i18n bundle by it. */
    public static final String PLUGIN_NAME = "svgroups";

    /**
     * The {@code <name>} in plugin.xml. Openfire drops a plugin's system properties by this name when it unloads
     * the plugin (so that the next load can declare them again), and finds their descriptions in the bundle named
     * after it with punctuation removed and lower-cased: it must read as {@link #PLUGIN_NAME} that way.
     */
    static final String PLUGIN_DISPLAY_NAME = "SVGroups";

    /** Friends are mutual roster subscriptions on this server. */
    public static final String FRIENDS_FROM_ROSTER = SettingsForm.FRIENDS_FROM_ROSTER;
    /** Friends are answered by the app's follow graph over HTTP. */
    public static final String FRIENDS_FROM_HTTP = SettingsForm.FRIENDS_FROM_HTTP;

    // Keys, defaults and ranges come from the settings form's descriptions, so the console and Openfire agree.

    /** Subdomain of the MUC service whose rooms are groups. Read when the plugin starts. */
    public static final SystemProperty<String> SERVICE_SUBDOMAIN = text(SettingsForm.SUBDOMAIN, false);
    public static final SystemProperty<Integer> MEMBER_CAP = integer(SettingsForm.MEMBER_CAP);
    /** Members' bookmarks list their groups; turning it off stops further changes and leaves bookmarks as they are. */
    public static final SystemProperty<Boolean> BOOKMARKS_ENABLED = bool(SettingsForm.BOOKMARKS_ENABLED);
    public static final SystemProperty<Integer> MINIMUM_AGE = integer(SettingsForm.MINIMUM_AGE);
    public static final SystemProperty<Integer> CONSENT_AGE = integer(SettingsForm.CONSENT_AGE);
    public static final SystemProperty<Boolean> UNKNOWN_BIRTHDATE_ALLOWED = bool(SettingsForm.UNKNOWN_BIRTHDATE_ALLOWED);
    public static final SystemProperty<Duration> INVITATION_LIFETIME = duration(SettingsForm.INVITATION_LIFETIME, true);
    public static final SystemProperty<Integer> GROUPS_PER_DAY = integer(SettingsForm.GROUPS_PER_DAY);
    public static final SystemProperty<Integer> INVITATIONS_PER_HOUR = integer(SettingsForm.INVITATIONS_PER_HOUR);
    public static final SystemProperty<String> FRIENDS_SOURCE = text(SettingsForm.FRIENDS_SOURCE, true);
    public static final SystemProperty<String> FOLLOW_GRAPH_URL = text(SettingsForm.FOLLOW_GRAPH_URL, true);
    public static final SystemProperty<Duration> FOLLOW_GRAPH_TIMEOUT = duration(SettingsForm.FOLLOW_GRAPH_TIMEOUT, true);
    /** Read when the plugin starts: it sizes an Openfire cache. */
    public static final SystemProperty<Duration> FOLLOW_GRAPH_CACHE_LIFETIME = duration(SettingsForm.FOLLOW_GRAPH_CACHE_LIFETIME, false);
    public static final SystemProperty<Boolean> UNREACHABLE_GRAPH_ALLOWS = bool(SettingsForm.UNREACHABLE_GRAPH_ALLOWS);
    public static final SystemProperty<Duration> LINK_LIFETIME = duration(SettingsForm.LINK_LIFETIME, true);
    public static final SystemProperty<Duration> LINK_MAX_LIFETIME = duration(SettingsForm.LINK_MAX_LIFETIME, true);
    public static final SystemProperty<Boolean> LINK_MEMBERS_MAY_CREATE = bool(SettingsForm.LINK_MEMBERS_MAY_CREATE);
    /** {@code minor-owned} or {@code all}; anything else counts as the default. */
    public static final SystemProperty<String> LINK_APPROVAL = text(SettingsForm.LINK_APPROVAL, true);
    public static final SystemProperty<Integer> LINK_FAILED_TRIES_PER_HOUR = integer(SettingsForm.LINK_FAILED_TRIES_PER_HOUR);
    /** Hosts shared items may be on, separated by commas or spaces; empty: sharing is off. */
    public static final SystemProperty<String> SHARE_ORIGINS = text(SettingsForm.SHARE_ORIGINS, true);
    public static final SystemProperty<Integer> SHARES_PER_MINUTE = integer(SettingsForm.SHARES_PER_MINUTE);
    /** The catalogue's URL template, with {kind} and {id}; empty: no catalogue, shares are delivered unverified. */
    public static final SystemProperty<String> CATALOGUE_URL = text(SettingsForm.CATALOGUE_URL, true);
    public static final SystemProperty<Duration> CATALOGUE_TIMEOUT = duration(SettingsForm.CATALOGUE_TIMEOUT, true);
    /** Read when the plugin starts: it sizes an Openfire cache. */
    public static final SystemProperty<Duration> CATALOGUE_CACHE_LIFETIME = duration(SettingsForm.CATALOGUE_CACHE_LIFETIME, false);
    public static final SystemProperty<Boolean> CATALOGUE_UNREACHABLE_DELIVERS = bool(SettingsForm.CATALOGUE_UNREACHABLE_DELIVERS);
    public static final SystemProperty<Boolean> REFUSE_UNREADABLE = bool(SettingsForm.REFUSE_UNREADABLE);
    /** Off: nothing more is archived and MAM queries are refused; what is archived stays. */
    public static final SystemProperty<Boolean> ARCHIVE_ENABLED = bool(SettingsForm.ARCHIVE_ENABLED);
    public static final SystemProperty<Boolean> ARCHIVE_FULL_HISTORY = bool(SettingsForm.ARCHIVE_FULL_HISTORY);
    public static final SystemProperty<Integer> ARCHIVE_RETENTION_DAYS = integer(SettingsForm.ARCHIVE_RETENTION_DAYS);
    public static final SystemProperty<Integer> REPORTS_PER_HOUR = integer(SettingsForm.REPORTS_PER_HOUR);
    public static final SystemProperty<Integer> REPORTS_RETENTION_DAYS = integer(SettingsForm.REPORTS_RETENTION_DAYS);
    /** The app backend's URL for events; empty: notifying is off. */
    public static final SystemProperty<String> NOTIFY_URL = text(SettingsForm.NOTIFY_URL, true);
    /** Stored encrypted, so that Openfire's System Properties page shows it as hidden. */
    public static final SystemProperty<String> NOTIFY_SECRET = SystemProperty.Builder.ofType(String.class)
            .setKey(SettingsForm.NOTIFY_SECRET.key()).setDefaultValue(SettingsForm.NOTIFY_SECRET.defaultValue())
            .setEncrypted(true).setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();
    public static final SystemProperty<Boolean> NOTIFY_PREVIEWS = bool(SettingsForm.NOTIFY_PREVIEWS);
    public static final SystemProperty<Duration> NOTIFY_TIMEOUT = duration(SettingsForm.NOTIFY_TIMEOUT, true);
    public static final SystemProperty<Integer> NOTIFY_BATCH_SIZE = integer(SettingsForm.NOTIFY_BATCH_SIZE);
    /** Read when the plugin starts: it sizes the queue. */
    public static final SystemProperty<Integer> NOTIFY_QUEUE_CAPACITY = integer(SettingsForm.NOTIFY_QUEUE_CAPACITY);

    @Override
    public int memberCap() {
        return MEMBER_CAP.getValue();
    }

    @Override
    public int minimumAge() {
        return MINIMUM_AGE.getValue();
    }

    /** Never below the minimum age, whatever was saved. */
    @Override
    public int consentAge() {
        return Math.max(CONSENT_AGE.getValue(), MINIMUM_AGE.getValue());
    }

    @Override
    public boolean unknownBirthdateAllowed() {
        return UNKNOWN_BIRTHDATE_ALLOWED.getValue();
    }

    @Override
    public Duration invitationLifetime() {
        return INVITATION_LIFETIME.getValue();
    }

    @Override
    public int groupsPerUserPerDay() {
        return GROUPS_PER_DAY.getValue();
    }

    @Override
    public int invitationsPerUserPerHour() {
        return INVITATIONS_PER_HOUR.getValue();
    }

    @Override
    public boolean unreachableGraphAllows() {
        return UNREACHABLE_GRAPH_ALLOWS.getValue();
    }

    @Override
    public Duration defaultLinkLifetime() {
        return LINK_LIFETIME.getValue();
    }

    @Override
    public Duration maxLinkLifetime() {
        return LINK_MAX_LIFETIME.getValue();
    }

    @Override
    public boolean membersMayCreateLinks() {
        return LINK_MEMBERS_MAY_CREATE.getValue();
    }

    @Override
    public LinkApproval linkApproval() {
        String value = LINK_APPROVAL.getValue();
        return LinkApproval.fromValue(value == null ? "" : value.strip()).orElse(LinkApproval.MINOR_OWNED);
    }

    @Override
    public int failedLinkTriesPerHour() {
        return LINK_FAILED_TRIES_PER_HOUR.getValue();
    }

    @Override
    public Set<String> allowedOrigins() {
        return Arrays.stream(SHARE_ORIGINS.getValue().split("[,\\s]+"))
                .map(host -> host.trim().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public int sharesPerUserPerMinute() {
        return SHARES_PER_MINUTE.getValue();
    }

    @Override
    public boolean unreachableCatalogueDelivers() {
        return CATALOGUE_UNREACHABLE_DELIVERS.getValue();
    }

    @Override
    public boolean refuseUnreadableMessages() {
        return REFUSE_UNREADABLE.getValue();
    }

    @Override
    public String notifyUrl() {
        String url = NOTIFY_URL.getValue();
        return url == null ? "" : url.strip();
    }

    @Override
    public String notifySecret() {
        String secret = NOTIFY_SECRET.getValue();
        return secret == null ? "" : secret;
    }

    @Override
    public boolean notifyPreviews() {
        return NOTIFY_PREVIEWS.getValue();
    }

    @Override
    public int notifyBatchSize() {
        return NOTIFY_BATCH_SIZE.getValue();
    }

    private static SystemProperty<Integer> integer(Setting<Integer> setting) {
        return SystemProperty.Builder.ofType(Integer.class).setKey(setting.key()).setDefaultValue(setting.defaultValue())
                .setMinValue((int) setting.min()).setMaxValue((int) setting.max())
                .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();
    }

    private static SystemProperty<Duration> duration(Setting<Duration> setting, boolean dynamic) {
        return SystemProperty.Builder.ofType(Duration.class).setKey(setting.key()).setDefaultValue(setting.defaultValue())
                .setMinValue(Duration.of(setting.min(), setting.unit())).setMaxValue(Duration.of(setting.max(), setting.unit()))
                .setChronoUnit(setting.unit()).setDynamic(dynamic).setPlugin(PLUGIN_DISPLAY_NAME).build();
    }

    private static SystemProperty<Boolean> bool(Setting<Boolean> setting) {
        return SystemProperty.Builder.ofType(Boolean.class).setKey(setting.key()).setDefaultValue(setting.defaultValue())
                .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();
    }

    private static SystemProperty<String> text(Setting<String> setting, boolean dynamic) {
        return SystemProperty.Builder.ofType(String.class).setKey(setting.key()).setDefaultValue(setting.defaultValue())
                .setDynamic(dynamic).setPlugin(PLUGIN_DISPLAY_NAME).build();
    }
}
