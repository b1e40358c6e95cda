package org.svgroups.core.share;

import java.util.Locale;
import java.util.Optional;

/** What is shared. */
public enum ShareKind {
    VIDEO, PRODUCT;

    public String xmlValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ShareKind> fromXmlValue(String value) {
        for (ShareKind kind : values()) {
            if (kind.xmlValue().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
