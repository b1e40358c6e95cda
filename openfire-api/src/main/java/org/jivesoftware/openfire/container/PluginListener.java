package org.jivesoftware.openfire.container;

public interface PluginListener {
    void pluginCreated(String pluginName, Plugin plugin);

    void pluginDestroyed(String pluginName, Plugin plugin);
}
