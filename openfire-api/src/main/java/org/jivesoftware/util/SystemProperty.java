package org.jivesoftware.util;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

public final class SystemProperty<T> {
    public static Collection<SystemProperty> getProperties() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void removePropertiesForPlugin(final String plugin) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Optional<SystemProperty> getProperty(final String key) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public T getValue() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getValueAsSaved() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getDisplayValue() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean hasValueChanged() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getDefaultDisplayValue() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setValue(final T value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getPlugin() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isDynamic() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isEncrypted() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isRestartRequired() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addListener(final Consumer<T> listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void removeListener(final Consumer<T> listener) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getKey() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getDescription() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public T getDefaultValue() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static final class Builder<T> {
        public static <T> Builder<T> ofType(final Class<T> clazz) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setKey(final String key) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setDefaultValue(final T defaultValue) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setBaseClass(final Class<?> baseClass) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setMinValue(final T minValue) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setMaxValue(final T maxValue) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setChronoUnit(final ChronoUnit chronoUnit) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> addListener(final Consumer<T> listener) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setDynamic(final boolean dynamic) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setEncrypted(final boolean encrypted) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setSorted(final boolean sorted) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public Builder<T> setPlugin(final String plugin) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public SystemProperty<T> build() throws IllegalArgumentException {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public <C> SystemProperty<List<C>> buildList(final Class<C> listType) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public <C> SystemProperty<Set<C>> buildSet(final Class<C> listType) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        private Builder() {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }
    }

    private SystemProperty() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
