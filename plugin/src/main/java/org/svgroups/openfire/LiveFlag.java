package org.svgroups.openfire;

import java.util.function.Consumer;

import org.jivesoftware.util.SystemProperty;

/**
 * A boolean setting read on the message path: kept in a field that the property's change listener updates, since
 * {@link SystemProperty#getValue()} parses the stored text at every call.
 */
final class LiveFlag {

    private final SystemProperty<Boolean> property;
    private final Consumer<Boolean> listener = value -> set(value);
    private volatile boolean value;

    LiveFlag(SystemProperty<Boolean> property) {
        this.property = property;
        property.addListener(listener);
        set(property.getValue());
    }

    private void set(Boolean changed) {
        value = changed == null ? property.getDefaultValue() : changed;
    }

    boolean get() {
        return value;
    }

    /** Stops following the property (on unload). */
    void close() {
        property.removeListener(listener);
    }
}
