package org.svgroups.core.links;

import java.util.Locale;
import java.util.Optional;

/** Which groups hold newcomers by link for approval ({@code svgroups.links.approval}). */
public enum LinkApproval {
    /** Groups with an owner under the consent age: a teen's group does not fill with strangers' friends unseen. */
    MINOR_OWNED,
    /** Every group. */
    ALL;

    /** The setting's value: {@code minor-owned} or {@code all}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LinkApproval> fromValue(String value) {
        for (LinkApproval approval : values()) {
            if (approval.value().equals(value)) {
                return Optional.of(approval);
            }
        }
        return Optional.empty();
    }
}
