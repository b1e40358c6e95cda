package org.jivesoftware.openfire.cluster;

public class ClusterManager {
    public static void addListener(ClusterEventListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void removeListener(ClusterEventListener listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isClusteringEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isClusteringStarted() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isSeniorClusterMember() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
