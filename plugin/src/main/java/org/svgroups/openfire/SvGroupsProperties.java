package org.svgroups.openfire;

import org.jivesoftware.util.SystemProperty;
import org.svgroups.core.GroupSettings;

/**
 * The plugin's settings, as Openfire system properties: listed (with their i18n descriptions) under Server
 * Manager, System Properties, and changeable there or in the plugin's console page.
 */
public final class SvGroupsProperties implements GroupSettings {

    /** The canonical plugin name (from the jar's file name): Openfire finds the i18n bundle by it. */
    public static final String PLUGIN_NAME = "svgroups";

    /**
     * The {@code <name>} in plugin.xml. Openfire drops a plugin's system properties by this name when it unloads
     * the plugin (so that the next load can declare them again), and finds their descriptions in the bundle named
     * after it with punctuation removed and lower-cased: it must read as {@link #PLUGIN_NAME} that way.
     */
    static final String PLUGIN_DISPLAY_NAME = "SVGroups";

    /** Subdomain of the MUC service whose rooms are groups. Read when the plugin starts. */
    public static final SystemProperty<String> SERVICE_SUBDOMAIN = SystemProperty.Builder.ofType(String.class)
            .setKey("svgroups.service.subdomain")
            .setDefaultValue("groups")
            .setDynamic(false)
            .setPlugin(PLUGIN_DISPLAY_NAME)
            .build();

    /** Most owners + admins + members a group may have. */
    public static final SystemProperty<Integer> MEMBER_CAP = SystemProperty.Builder.ofType(Integer.class)
            .setKey("svgroups.group.member-cap")
            .setDefaultValue(DEFAULT_MEMBER_CAP)
            .setMinValue(MIN_MEMBER_CAP)
            .setMaxValue(MAX_MEMBER_CAP)
            .setDynamic(true)
            .setPlugin(PLUGIN_DISPLAY_NAME)
            .build();

    @Override
    public int memberCap() {
        return MEMBER_CAP.getValue();
    }
}
