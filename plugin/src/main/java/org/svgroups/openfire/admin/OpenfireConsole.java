package org.svgroups.openfire.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.util.JiveGlobals;
import org.jivesoftware.util.LocaleUtils;
import org.jivesoftware.util.WebManager;
import org.svgroups.core.GroupSettings;
import org.svgroups.openfire.GroupAdministration;
import org.svgroups.openfire.SvGroupsPlugin;
import org.svgroups.openfire.SvGroupsProperties;

/**
 * What every console page's backend takes from Openfire alike: the security audit log (in the name of the admin
 * using the console), the plugin's bundle in the console's language, the plugin's settings, the rules' clock, and
 * the running plugin.
 */
abstract class OpenfireConsole {

    private final WebManager webManager;
    private final GroupSettings settings = new SvGroupsProperties();

    OpenfireConsole(WebManager webManager) {
        this.webManager = webManager;
    }

    public void audit(String summary, String details) {
        webManager.logEvent(summary, details);
    }

    public String message(String key, List<?> arguments) {
        return LocaleUtils.getLocalizedString(key, SvGroupsProperties.PLUGIN_NAME, arguments);
    }

    public GroupSettings settings() {
        return settings;
    }

    /** What the running plugin lets the console read and do; empty while it is not running. */
    static Optional<GroupAdministration> administration() {
        // The console's pages belong to the running plugin: ask it, it knows its groups.
        return plugin().map(SvGroupsPlugin::administration);
    }

    /** The running plugin; empty while it is not running. */
    static Optional<SvGroupsPlugin> plugin() {
        return XMPPServer.getInstance().getPluginManager().getPluginByCanonicalName(SvGroupsProperties.PLUGIN_NAME)
                .filter(SvGroupsPlugin.class::isInstance).map(SvGroupsPlugin.class::cast);
    }

    /** A date and time in the console's language and the server's time zone. */
    public String formatDateTime(Instant instant) {
        return JiveGlobals.formatDateTime(Date.from(instant));
    }

    /** UTC, as the group rules use. */
    public Clock clock() {
        return Clock.systemUTC();
    }
}
