package org.svgroups.core.group;

import java.util.Locale;
import java.util.Optional;

/** XEP-0045 affiliations, as the group rules see them. */
public enum Affiliation {
    OWNER, ADMIN, MEMBER, NONE, OUTCAST;

    /** True for the affiliations that make someone part of the group (and count towards its cap). */
    public boolean isMembership() {
        return this == OWNER || this == ADMIN || this == MEMBER;
    }

    /** The XEP-0045 attribute value ({@code owner}, {@code member}, ...). */
    public String xmlValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Affiliation> fromXmlValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Affiliation a : values()) {
            if (a.xmlValue().equals(value)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
