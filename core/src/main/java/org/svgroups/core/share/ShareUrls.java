package org.svgroups.core.share;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The URLs a share may carry. */
public final class ShareUrls {

    public static final int MAX_LENGTH = 2048;

    private ShareUrls() {
    }

    /** The lower-case host of an absolute https URL without user info; empty for anything else. */
    public static Optional<String> httpsHost(String url) {
        if (url == null || url.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the id is one of the URL's path segments, as in {@code https://videos.example/v/ID}. A path with dot
     * segments or an encoded slash names nothing: a browser would open another path than the one it seems to be.
     */
    public static boolean pathNames(String url, String id) {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            if (path == null || !uri.normalize().equals(uri) || path.toLowerCase(Locale.ROOT).contains("%2f")) {
                return false;
            }
            for (String segment : path.split("/")) {
                if (segment.equals(id)) {
                    return true;
                }
            }
            return false;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
