package org.svgroups.openfire.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jivesoftware.util.SystemProperty;
import org.jivesoftware.util.WebManager;
import org.svgroups.core.settings.Setting;
import org.svgroups.core.settings.SettingsForm;
import org.svgroups.openfire.SvGroupsProperties;

/** The settings page's view of Openfire: the plugin's system properties, the audit log and the i18n bundle. */
final class OpenfireSettingsBackend extends OpenfireConsole implements SettingsBackend {

    private final Map<Setting<?>, SystemProperty<?>> properties = new LinkedHashMap<>();

    OpenfireSettingsBackend(WebManager webManager) {
        super(webManager);
        put(SettingsForm.SUBDOMAIN, SvGroupsProperties.SERVICE_SUBDOMAIN);
        put(SettingsForm.MEMBER_CAP, SvGroupsProperties.MEMBER_CAP);
        put(SettingsForm.BOOKMARKS_ENABLED, SvGroupsProperties.BOOKMARKS_ENABLED);
        put(SettingsForm.MINIMUM_AGE, SvGroupsProperties.MINIMUM_AGE);
        put(SettingsForm.CONSENT_AGE, SvGroupsProperties.CONSENT_AGE);
        put(SettingsForm.UNKNOWN_BIRTHDATE_ALLOWED, SvGroupsProperties.UNKNOWN_BIRTHDATE_ALLOWED);
        put(SettingsForm.FRIENDS_SOURCE, SvGroupsProperties.FRIENDS_SOURCE);
        put(SettingsForm.FOLLOW_GRAPH_URL, SvGroupsProperties.FOLLOW_GRAPH_URL);
        put(SettingsForm.FOLLOW_GRAPH_TIMEOUT, SvGroupsProperties.FOLLOW_GRAPH_TIMEOUT);
        put(SettingsForm.FOLLOW_GRAPH_CACHE_LIFETIME, SvGroupsProperties.FOLLOW_GRAPH_CACHE_LIFETIME);
        put(SettingsForm.UNREACHABLE_GRAPH_ALLOWS, SvGroupsProperties.UNREACHABLE_GRAPH_ALLOWS);
        put(SettingsForm.INVITATION_LIFETIME, SvGroupsProperties.INVITATION_LIFETIME);
        put(SettingsForm.GROUPS_PER_DAY, SvGroupsProperties.GROUPS_PER_DAY);
        put(SettingsForm.INVITATIONS_PER_HOUR, SvGroupsProperties.INVITATIONS_PER_HOUR);
        put(SettingsForm.LINK_LIFETIME, SvGroupsProperties.LINK_LIFETIME);
        put(SettingsForm.LINK_MAX_LIFETIME, SvGroupsProperties.LINK_MAX_LIFETIME);
        put(SettingsForm.LINK_MEMBERS_MAY_CREATE, SvGroupsProperties.LINK_MEMBERS_MAY_CREATE);
        put(SettingsForm.LINK_APPROVAL, SvGroupsProperties.LINK_APPROVAL);
        put(SettingsForm.LINK_FAILED_TRIES_PER_HOUR, SvGroupsProperties.LINK_FAILED_TRIES_PER_HOUR);
        put(SettingsForm.SHARE_ORIGINS, SvGroupsProperties.SHARE_ORIGINS);
        put(SettingsForm.SHARES_PER_MINUTE, SvGroupsProperties.SHARES_PER_MINUTE);
        put(SettingsForm.CATALOGUE_URL, SvGroupsProperties.CATALOGUE_URL);
        put(SettingsForm.CATALOGUE_TIMEOUT, SvGroupsProperties.CATALOGUE_TIMEOUT);
        put(SettingsForm.CATALOGUE_CACHE_LIFETIME, SvGroupsProperties.CATALOGUE_CACHE_LIFETIME);
        put(SettingsForm.CATALOGUE_UNREACHABLE_DELIVERS, SvGroupsProperties.CATALOGUE_UNREACHABLE_DELIVERS);
        put(SettingsForm.REFUSE_UNREADABLE, SvGroupsProperties.REFUSE_UNREADABLE);
        put(SettingsForm.NOTIFY_URL, SvGroupsProperties.NOTIFY_URL);
        put(SettingsForm.NOTIFY_SECRET, SvGroupsProperties.NOTIFY_SECRET);
        put(SettingsForm.NOTIFY_PREVIEWS, SvGroupsProperties.NOTIFY_PREVIEWS);
        put(SettingsForm.NOTIFY_TIMEOUT, SvGroupsProperties.NOTIFY_TIMEOUT);
        put(SettingsForm.NOTIFY_BATCH_SIZE, SvGroupsProperties.NOTIFY_BATCH_SIZE);
        put(SettingsForm.NOTIFY_QUEUE_CAPACITY, SvGroupsProperties.NOTIFY_QUEUE_CAPACITY);
        put(SettingsForm.ARCHIVE_ENABLED, SvGroupsProperties.ARCHIVE_ENABLED);
        put(SettingsForm.ARCHIVE_FULL_HISTORY, SvGroupsProperties.ARCHIVE_FULL_HISTORY);
        put(SettingsForm.ARCHIVE_RETENTION_DAYS, SvGroupsProperties.ARCHIVE_RETENTION_DAYS);
        put(SettingsForm.REPORTS_PER_HOUR, SvGroupsProperties.REPORTS_PER_HOUR);
        put(SettingsForm.REPORTS_RETENTION_DAYS, SvGroupsProperties.REPORTS_RETENTION_DAYS);
        if (!properties.keySet().containsAll(SettingsForm.ALL)) {
            throw new IllegalStateException("a setting of the form has no system property");
        }
    }

    private <T> void put(Setting<T> setting, SystemProperty<T> property) {
        properties.put(setting, property);
    }

    @SuppressWarnings("unchecked")
    private <T> SystemProperty<T> property(Setting<T> setting) {
        return (SystemProperty<T>) properties.get(setting);
    }

    @Override
    public <T> T current(Setting<T> setting) {
        return property(setting).getValue();
    }

    @Override
    public <T> T defaultValue(Setting<T> setting) {
        return property(setting).getDefaultValue();
    }

    @Override
    public <T> void set(Setting<T> setting, T value) {
        property(setting).setValue(value);
    }


}
