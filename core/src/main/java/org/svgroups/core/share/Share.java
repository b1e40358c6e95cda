package org.svgroups.core.share;

import java.util.Objects;

/**
 * A video or product shared into a group ({@code <share xmlns='urn:svgroups:share:0'/>}): the item's id and
 * canonical URL, and metadata for display. Optional parts are null: {@code duration} (seconds) is for videos,
 * {@code price} for products. {@code verified} is set by the server: true when the metadata comes from the app's
 * catalogue, false when it could not be checked.
 */
public record Share(ShareKind kind, String id, String url, String title, String author, Thumbnail thumbnail,
                    Integer duration, Price price, Boolean verified) {

    public static final String NAMESPACE = "urn:svgroups:share:0";
    public static final String ELEMENT = "share";

    public Share {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
    }

    /** The same item as the catalogue describes it (canonical URL and metadata), marked verified. */
    public Share withMetadataOf(Share catalogue) {
        return new Share(kind, id, catalogue.url, catalogue.title, catalogue.author, catalogue.thumbnail,
                catalogue.duration, catalogue.price, Boolean.TRUE);
    }

    public Share withVerified(boolean verified) {
        return new Share(kind, id, url, title, author, thumbnail, duration, price, verified);
    }

    /** What a client that knows nothing of shares shows: the title (when there is one) and the link. */
    public String plainText() {
        return title == null || title.isBlank() ? url : title + " " + url;
    }
}
