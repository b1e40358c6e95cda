package org.jivesoftware.openfire.container;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;

public class PluginClassLoader extends URLClassLoader {
    public PluginClassLoader() {
        super(new URL[0]);
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addDirectory(File directory) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addURLFile(URL file) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void unloadJarFiles() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
