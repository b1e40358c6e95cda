package org.svgroups.core.share;

/** The app's catalogue of videos and products, which knows what an item really is and who may see it. */
public interface Catalogue {

    CatalogueAnswer lookup(ShareKind kind, String id);
}
