package org.svgroups.benchmarks;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.svgroups.core.share.Catalogue;
import org.svgroups.core.share.CatalogueAnswer;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;

/** The app's catalogue held in memory; unknown items are not found. The plugin asks the app over HTTP, cached. */
final class InMemoryCatalogue implements Catalogue {

    private static final CatalogueAnswer NOT_FOUND = CatalogueAnswer.of(CatalogueAnswer.Status.NOT_FOUND);

    private final Map<ShareKind, Map<String, CatalogueAnswer>> answers = new EnumMap<>(ShareKind.class);

    InMemoryCatalogue available(Share item, int minimumAge) {
        answers.computeIfAbsent(item.kind(), k -> new HashMap<>()).put(item.id(), CatalogueAnswer.available(item, minimumAge));
        return this;
    }

    @Override
    public CatalogueAnswer lookup(ShareKind kind, String id) {
        Map<String, CatalogueAnswer> ofKind = answers.get(kind);
        return ofKind == null ? NOT_FOUND : ofKind.getOrDefault(id, NOT_FOUND);
    }
}
