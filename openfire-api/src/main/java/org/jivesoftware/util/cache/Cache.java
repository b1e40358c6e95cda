package org.jivesoftware.util.cache;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;

public interface Cache<K extends Serializable, V extends Serializable> extends java.util.Map<K, V> {
    enum CapacityUnit {
        BYTES, ENTITIES;
    }

    default CapacityUnit getCapacityUnit() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    String getName();

    void setName(String name);

    long getMaxCacheSize();

    void setMaxCacheSize(long maxSize);

    default String getMaxCacheSizeRemark() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    long getMaxLifetime();

    void setMaxLifetime(long maxLifetime);

    long getLongCacheSize();

    default String getCacheSizeRemark() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    long getCacheHits();

    long getCacheMisses();

    Collection<V> values();

    Set<Entry<K, V>> entrySet();

    Set<K> keySet();

    Lock getLock(final K key);

    default void setSecretKey() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default void setSecretValue() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default boolean isKeySecret() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default boolean isValueSecret() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    void removeClusteredCacheEntryListener(final String listenerId);
}
