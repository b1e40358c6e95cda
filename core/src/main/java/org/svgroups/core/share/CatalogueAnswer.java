package org.svgroups.core.share;

import java.util.Objects;

/**
 * What the catalogue says of an item. For {@link Status#AVAILABLE}, {@code item} is the item as the catalogue
 * describes it (canonical URL and metadata) and {@code minimumAge} the age it is suitable from (0: everyone).
 */
public record CatalogueAnswer(Status status, Share item, int minimumAge) {

    public enum Status {
        /** The item exists and may be shared. */
        AVAILABLE,
        /** The item exists but is private or was removed. */
        NOT_SHAREABLE,
        /** The catalogue has no such item. */
        NOT_FOUND,
        /** The catalogue could not be asked. */
        UNREACHABLE
    }

    public CatalogueAnswer {
        Objects.requireNonNull(status, "status");
        if (status == Status.AVAILABLE) {
            Objects.requireNonNull(item, "item");
        }
    }

    public static CatalogueAnswer available(Share item, int minimumAge) {
        return new CatalogueAnswer(Status.AVAILABLE, item, minimumAge);
    }

    public static CatalogueAnswer of(Status status) {
        return new CatalogueAnswer(status, null, 0);
    }
}
