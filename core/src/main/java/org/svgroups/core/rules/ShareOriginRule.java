package org.svgroups.core.rules;

import java.util.Optional;

import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareSettings;
import org.svgroups.core.share.ShareUrls;

/**
 * Only the app's own content is shared: the item's URL, and its thumbnail's, must be on one of the allowed hosts,
 * and the item's id must be one of the URL's path segments, so that a share cannot name one item and link another.
 */
public final class ShareOriginRule {

    private final ShareSettings settings;

    public ShareOriginRule(ShareSettings settings) {
        this.settings = settings;
    }

    public Optional<Refusal> check(Share share) {
        if (settings.allowedOrigins().isEmpty()) {
            return Optional.of(Refusal.of(AppCondition.SHARE_ORIGIN_NOT_ALLOWED,
                    "Sharing is not set up on this server: no content host is allowed."));
        }
        if (!allowed(share.url()) || (share.thumbnail() != null && !allowed(share.thumbnail().url()))) {
            return Optional.of(Refusal.of(AppCondition.SHARE_ORIGIN_NOT_ALLOWED,
                    "Only content from " + String.join(", ", settings.allowedOrigins().stream().sorted().toList())
                            + " can be shared into groups."));
        }
        if (!ShareUrls.pathNames(share.url(), share.id())) {
            return Optional.of(Refusal.of(AppCondition.SHARE_INVALID, "The item id '" + share.id() + "' does not match its URL."));
        }
        return Optional.empty();
    }

    private boolean allowed(String url) {
        return ShareUrls.httpsHost(url).filter(settings.allowedOrigins()::contains).isPresent();
    }
}
