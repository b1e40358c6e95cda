package org.svgroups.openfire.admin;

import java.util.List;

import org.svgroups.core.settings.Setting;

/**
 * What the settings page needs from Openfire: the settings' stored values, the security audit log and the
 * plugin's i18n bundle. {@link OpenfireSettingsBackend} is the real one; tests use a fake.
 */
public interface SettingsBackend {

    /** The setting's value now (its system property's value). */
    <T> T current(Setting<T> setting);

    /** The setting's default (its system property's default). */
    <T> T defaultValue(Setting<T> setting);

    <T> void set(Setting<T> setting, T value);

    /** Adds one event to Openfire's security audit log, in the name of the admin using the console. */
    void audit(String summary, String details);

    /** The text of a message of the plugin's bundle, in the console's language. */
    String message(String key, List<?> arguments);
}
