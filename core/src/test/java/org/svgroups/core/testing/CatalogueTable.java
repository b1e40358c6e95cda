package org.svgroups.core.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.svgroups.core.share.Catalogue;
import org.svgroups.core.share.CatalogueAnswer;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;

/** A catalogue held in memory, which records every lookup ("video:123"); unknown items are not found. */
public final class CatalogueTable implements Catalogue {

    private final Map<String, CatalogueAnswer> answers = new HashMap<>();
    private final List<String> lookups = new ArrayList<>();
    private boolean reachable = true;

    /** The item as the catalogue describes it, suitable from {@code minimumAge} (0: everyone). */
    public CatalogueTable available(Share item, int minimumAge) {
        answers.put(key(item.kind(), item.id()), CatalogueAnswer.available(item, minimumAge));
        return this;
    }

    public CatalogueTable available(Share item) {
        return available(item, 0);
    }

    /** The item exists but is private or was removed. */
    public CatalogueTable notShareable(ShareKind kind, String id) {
        answers.put(key(kind, id), CatalogueAnswer.of(CatalogueAnswer.Status.NOT_SHAREABLE));
        return this;
    }

    public CatalogueTable unreachable() {
        reachable = false;
        return this;
    }

    @Override
    public synchronized CatalogueAnswer lookup(ShareKind kind, String id) {
        lookups.add(key(kind, id));
        if (!reachable) {
            return CatalogueAnswer.of(CatalogueAnswer.Status.UNREACHABLE);
        }
        return answers.getOrDefault(key(kind, id), CatalogueAnswer.of(CatalogueAnswer.Status.NOT_FOUND));
    }

    /** Every lookup so far, in order, as "kind:id". */
    public synchronized List<String> lookups() {
        return List.copyOf(lookups);
    }

    private static String key(ShareKind kind, String id) {
        return kind.xmlValue() + ":" + id;
    }
}
