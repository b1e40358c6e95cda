package org.svgroups.core.share;

import java.util.Objects;

/** A preview image and its size in pixels. */
public record Thumbnail(String url, int width, int height) {

    public Thumbnail {
        Objects.requireNonNull(url, "url");
    }
}
