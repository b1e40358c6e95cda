package org.jivesoftware.openfire.container;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import org.jivesoftware.util.*;

public class PluginManager {
    public static final SystemProperty<Duration> PLUGIN_DIRECTORY_DESTROY_DELAY = null;

    public static final SystemProperty<Duration> PLUGIN_DIRECTORY_DESTROY_TIMEOUT = null;

    public PluginManager(Path pluginDir) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized void start() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized void shutdown() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Path getPluginsDirectory() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean installPlugin(InputStream in, String pluginFilename) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isInstalled(final String canonicalName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized boolean isExtracted(final String canonicalName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized boolean isLoaded(final String canonicalName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized Map<String, PluginMetadata> getMetadataExtractedPlugins() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized PluginMetadata getMetadata(String canonicalName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<Plugin> getPlugins() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized String getCanonicalName(Plugin plugin) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized Optional<Plugin> getPluginByCanonicalName(String canonicalName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized Optional<Plugin> getPluginByName(final String pluginName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized Path getPluginPath(Plugin plugin) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isExecuted() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void deletePlugin(final String pluginName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean reloadPlugin(String pluginName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean reloadPlugin(String pluginName, boolean blockUntilDone) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getLoadWarning(final String canonicalPluginName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean hasLoadWarnings() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Class<?> loadClass(Plugin plugin, String className) throws ClassNotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized PluginClassLoader getPluginClassloader(Plugin plugin) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean validMagicNumbers(final BufferedInputStream bin) throws IOException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addPluginListener(PluginListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removePluginListener(PluginListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addPluginManagerListener(PluginManagerListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removePluginManagerListener(PluginManagerListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isMonitorTaskRunning() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
