package org.jivesoftware.openfire.container;

import java.net.URL;
import java.nio.file.Path;

public class PluginMetadata {
    public static PluginMetadata getInstance(Path pluginDir) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static PluginMetadata getInstance(Plugin plugin) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getCanonicalName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getDescription() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getAuthor() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public URL getIcon() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public URL getChangelog() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public URL getReadme() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getLicense() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getHashCode() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isCsrfProtectionEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    private PluginMetadata() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
