package org.jivesoftware.openfire.container;

public interface PluginManagerListener {
    void pluginsMonitored();
}
