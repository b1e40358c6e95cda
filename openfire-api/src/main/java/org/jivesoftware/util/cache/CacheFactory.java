package org.jivesoftware.util.cache;

import java.util.*;

public class CacheFactory {
    public static final int DEFAULT_MAX_CACHE_SIZE = 1024 * 256;

    public static long getMaxCacheSize(String cacheName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setMaxSizeProperty(String cacheName, long size) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean hasMaxSizeFromProperty(String cacheName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static long getMaxCacheLifetime(String cacheName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setMaxLifetimeProperty(String cacheName, long lifetime) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean hasMaxLifetimeFromProperty(String cacheName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setCacheTypeProperty(String cacheName, String type) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getCacheTypeProperty(String cacheName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setMinCacheSize(String cacheName, long size) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static long getMinCacheSize(String cacheName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Cache[] getAllCaches() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static synchronized <T extends Cache> T createCache(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static synchronized <T extends Cache> T createSerializingCache(String name, Class keyClass, Class valueClass) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static synchronized void dereferenceSerializingCache(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static synchronized <T extends Cache> T createLocalCache(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static synchronized void destroyCache(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isClusteringAvailable() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isClusteringStarting() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isClusteringStarted() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static byte[] getClusterMemberID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void doClusterTask(final ClusterTask<?> task) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized static void clearCaches() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public synchronized static void clearCaches(String... cacheName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static byte[] getSeniorClusterMemberID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isSeniorClusterMember() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static int getMaxClusterNodes() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static long getClusterTime() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getPluginName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void startClustering() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void stopClustering() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static synchronized void joinedCluster() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static synchronized void leftCluster() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    private CacheFactory() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
