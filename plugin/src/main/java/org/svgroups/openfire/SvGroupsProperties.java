package org.svgroups.openfire;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jivesoftware.util.SystemProperty;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.share.ShareSettings;

/**
 * The plugin's settings, as Openfire system properties: listed (with their i18n descriptions) under Server
 * Manager, System Properties, and changeable there or in the plugin's console page. Values are read on each use,
 * so changes apply at once unless a property says otherwise.
 */
public final class SvGroupsProperties implements GroupSettings, ShareSettings {

    /** The canonical plugin name (from the jar's file name): Openfire finds the i18n bundle by it. */
    public static final String PLUGIN_NAME = "svgroups";

    /**
     * The {@code <name>} in plugin.xml. Openfire drops a plugin's system properties by this name when it unloads
     * the plugin (so that the next load can declare them again), and finds their descriptions in the bundle named
     * after it with punctuation removed and lower-cased: it must read as {@link #PLUGIN_NAME} that way.
     */
    static final String PLUGIN_DISPLAY_NAME = "SVGroups";

    /** Friends are mutual roster subscriptions on this server. */
    public static final String FRIENDS_FROM_ROSTER = "roster";
    /** Friends are answered by the app's follow graph over HTTP. */
    public static final String FRIENDS_FROM_HTTP = "http";

    /** Subdomain of the MUC service whose rooms are groups. Read when the plugin starts. */
    public static final SystemProperty<String> SERVICE_SUBDOMAIN = string("svgroups.service.subdomain", "groups", false);

    public static final SystemProperty<Integer> MEMBER_CAP =
            integer("svgroups.group.member-cap", DEFAULT_MEMBER_CAP, MIN_MEMBER_CAP, MAX_MEMBER_CAP);

    public static final SystemProperty<Integer> MINIMUM_AGE =
            integer("svgroups.age.minimum", FixedGroupSettings.DEFAULT_MINIMUM_AGE, 0, 99);

    public static final SystemProperty<Integer> CONSENT_AGE =
            integer("svgroups.age.consent", FixedGroupSettings.DEFAULT_CONSENT_AGE, 0, 99);

    public static final SystemProperty<Boolean> UNKNOWN_BIRTHDATE_ALLOWED =
            SystemProperty.Builder.ofType(Boolean.class)
                    .setKey("svgroups.age.unknown-allowed").setDefaultValue(true)
                    .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();

    public static final SystemProperty<Duration> INVITATION_LIFETIME = SystemProperty.Builder.ofType(Duration.class)
            .setKey("svgroups.invitation.lifetime").setDefaultValue(FixedGroupSettings.DEFAULT_INVITATION_LIFETIME)
            .setMinValue(Duration.ofHours(1)).setMaxValue(Duration.ofDays(365)).setChronoUnit(ChronoUnit.HOURS)
            .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();

    public static final SystemProperty<Integer> GROUPS_PER_DAY =
            integer("svgroups.rate.groups-per-day", FixedGroupSettings.DEFAULT_GROUPS_PER_DAY, 1, 100_000);

    public static final SystemProperty<Integer> INVITATIONS_PER_HOUR =
            integer("svgroups.rate.invitations-per-hour", FixedGroupSettings.DEFAULT_INVITATIONS_PER_HOUR, 1, 100_000);

    public static final SystemProperty<String> FRIENDS_SOURCE = string("svgroups.friends.source", FRIENDS_FROM_ROSTER, true);

    public static final SystemProperty<String> FOLLOW_GRAPH_URL = string("svgroups.friends.http.url", "", true);

    public static final SystemProperty<Duration> FOLLOW_GRAPH_TIMEOUT = SystemProperty.Builder.ofType(Duration.class)
            .setKey("svgroups.friends.http.timeout").setDefaultValue(Duration.ofSeconds(2))
            .setMinValue(Duration.ofMillis(50)).setMaxValue(Duration.ofSeconds(30)).setChronoUnit(ChronoUnit.MILLIS)
            .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();

    public static final SystemProperty<Duration> FOLLOW_GRAPH_CACHE_LIFETIME = SystemProperty.Builder.ofType(Duration.class)
            .setKey("svgroups.friends.http.cache-lifetime").setDefaultValue(Duration.ofMinutes(10))
            .setMinValue(Duration.ofSeconds(1)).setMaxValue(Duration.ofDays(1)).setChronoUnit(ChronoUnit.SECONDS)
            .setDynamic(false).setPlugin(PLUGIN_DISPLAY_NAME).build();

    public static final SystemProperty<Boolean> UNREACHABLE_GRAPH_ALLOWS = SystemProperty.Builder.ofType(Boolean.class)
            .setKey("svgroups.friends.http.unreachable-allows").setDefaultValue(false)
            .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();

    /** Hosts shared items may be on, separated by commas or spaces; empty: sharing is off. */
    public static final SystemProperty<String> SHARE_ORIGINS = string("svgroups.share.origins", "", true);

    public static final SystemProperty<Integer> SHARES_PER_MINUTE = integer("svgroups.share.per-minute", 10, 1, 10_000);

    /** The catalogue's URL template, with {kind} and {id}; empty: no catalogue, shares are delivered unverified. */
    public static final SystemProperty<String> CATALOGUE_URL = string("svgroups.share.catalogue.url", "", true);

    public static final SystemProperty<Duration> CATALOGUE_TIMEOUT = SystemProperty.Builder.ofType(Duration.class)
            .setKey("svgroups.share.catalogue.timeout").setDefaultValue(Duration.ofSeconds(2))
            .setMinValue(Duration.ofMillis(50)).setMaxValue(Duration.ofSeconds(30)).setChronoUnit(ChronoUnit.MILLIS)
            .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();

    public static final SystemProperty<Duration> CATALOGUE_CACHE_LIFETIME = SystemProperty.Builder.ofType(Duration.class)
            .setKey("svgroups.share.catalogue.cache-lifetime").setDefaultValue(Duration.ofMinutes(5))
            .setMinValue(Duration.ofSeconds(1)).setMaxValue(Duration.ofDays(1)).setChronoUnit(ChronoUnit.SECONDS)
            .setDynamic(false).setPlugin(PLUGIN_DISPLAY_NAME).build();

    public static final SystemProperty<Boolean> CATALOGUE_UNREACHABLE_DELIVERS = SystemProperty.Builder.ofType(Boolean.class)
            .setKey("svgroups.share.catalogue.unreachable-delivers").setDefaultValue(true)
            .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();

    public static final SystemProperty<Boolean> REFUSE_UNREADABLE = SystemProperty.Builder.ofType(Boolean.class)
            .setKey("svgroups.share.refuse-unreadable").setDefaultValue(false)
            .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();

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

    private static SystemProperty<Integer> integer(String key, int defaultValue, int min, int max) {
        return SystemProperty.Builder.ofType(Integer.class)
                .setKey(key).setDefaultValue(defaultValue).setMinValue(min).setMaxValue(max)
                .setDynamic(true).setPlugin(PLUGIN_DISPLAY_NAME).build();
    }

    private static SystemProperty<String> string(String key, String defaultValue, boolean dynamic) {
        return SystemProperty.Builder.ofType(String.class)
                .setKey(key).setDefaultValue(defaultValue)
                .setDynamic(dynamic).setPlugin(PLUGIN_DISPLAY_NAME).build();
    }
}
