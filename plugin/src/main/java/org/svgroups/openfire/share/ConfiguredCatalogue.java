package org.svgroups.openfire.share;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.share.Catalogue;
import org.svgroups.core.share.CatalogueAnswer;
import org.svgroups.openfire.SvGroupsProperties;

/**
 * The catalogue the settings name, asked afresh for each share so that an admin's change applies at once: none
 * when the URL is empty, else the app's catalogue over HTTP (rebuilt when its URL or timeout changes). A URL that
 * is not valid makes the catalogue unreachable, which the unreachable setting then decides about.
 */
public final class ConfiguredCatalogue implements Supplier<Optional<Catalogue>> {

    private static final Logger Log = LoggerFactory.getLogger(ConfiguredCatalogue.class);
    private static final Catalogue MISCONFIGURED = (kind, id) -> CatalogueAnswer.of(CatalogueAnswer.Status.UNREACHABLE);

    private final Map<String, String> cache;
    private volatile HttpCatalogue current;

    /** @param cache the catalogue's answers (an Openfire cache, bounded and expiring) */
    public ConfiguredCatalogue(Map<String, String> cache) {
        this.cache = cache;
    }

    @Override
    public Optional<Catalogue> get() {
        String url = SvGroupsProperties.CATALOGUE_URL.getValue().trim();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Duration timeout = SvGroupsProperties.CATALOGUE_TIMEOUT.getValue();
        HttpCatalogue catalogue = current;
        if (catalogue != null && catalogue.urlTemplate().equals(url) && catalogue.timeout().equals(timeout)) {
            return Optional.of(catalogue);
        }
        try {
            current = new HttpCatalogue(url, timeout, cache);
            cache.clear();
            return Optional.of(current);
        } catch (IllegalArgumentException e) {
            Log.error("svgroups cannot ask the catalogue: {}", e.getMessage());
            return Optional.of(MISCONFIGURED);
        }
    }
}
