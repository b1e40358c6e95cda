package org.svgroups.loadgen;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A named set of Openfire system properties that a variant of the groups service runs with
 * ({@code --settings LABEL:KEY=VALUE,...}), e.g. {@code archive-off:svgroups.archive.enabled=false}. Before each of
 * its runs the generator saves these values on the running server and deletes the keys that other settings name
 * and this one does not, so that they are back at their defaults: the variants differ only in what they name.
 */
record ServerSettings(String label, Map<String, String> values) {

    ServerSettings {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code LABEL:KEY=VALUE[,KEY=VALUE...]}; a value may be empty, keys are Openfire property names. */
    static ServerSettings parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("give LABEL:KEY=VALUE[,KEY=VALUE...]");
        }
        String label = spec.substring(0, colon).trim();
        if (!label.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("the label '" + label + "' must be letters, digits, '-', '_' or '.'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : spec.substring(colon + 1).split(",")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? "" : pair.substring(0, equals).trim();
            if (!key.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                throw new IllegalArgumentException("'" + pair + "' is not KEY=VALUE with a property name as KEY");
            }
            if (values.put(key, pair.substring(equals + 1).trim()) != null) {
                throw new IllegalArgumentException(key + " is given twice");
            }
        }
        return new ServerSettings(label, values);
    }

    /** Every key any of the settings names: what a run under one of them must set or delete. */
    static Set<String> keys(Collection<ServerSettings> settings) {
        Set<String> keys = new LinkedHashSet<>();
        settings.forEach(s -> keys.addAll(s.values().keySet()));
        return keys;
    }
}
