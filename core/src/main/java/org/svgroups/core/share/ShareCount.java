package org.svgroups.core.share;

import java.time.LocalDate;
import java.util.Objects;

/** How many times an item was shared into a group on a day (UTC). */
public record ShareCount(LocalDate day, String group, ShareKind kind, String itemId, long shares) {

    public ShareCount {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
    }
}
