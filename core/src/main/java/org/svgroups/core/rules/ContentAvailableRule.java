package org.svgroups.core.rules;

import java.util.Optional;

import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.share.CatalogueAnswer;
import org.svgroups.core.share.ShareSettings;

/**
 * Only items the catalogue knows and lets be shared (not private, not removed) go into groups. When the catalogue
 * cannot be asked, a setting decides: deliver unverified (the default) or refuse.
 */
public final class ContentAvailableRule {

    private final ShareSettings settings;

    public ContentAvailableRule(ShareSettings settings) {
        this.settings = settings;
    }

    public Optional<Refusal> check(CatalogueAnswer answer) {
        return switch (answer.status()) {
            case AVAILABLE -> Optional.empty();
            case NOT_SHAREABLE -> Optional.of(Refusal.of(AppCondition.CONTENT_UNAVAILABLE, "This item is private or was removed."));
            case NOT_FOUND -> Optional.of(Refusal.of(AppCondition.CONTENT_UNAVAILABLE, "This item does not exist."));
            case UNREACHABLE -> settings.unreachableCatalogueDelivers() ? Optional.empty()
                    : Optional.of(Refusal.of(AppCondition.CONTENT_UNAVAILABLE,
                            "The item could not be checked right now (the catalogue is unreachable); please try again later."));
        };
    }
}
