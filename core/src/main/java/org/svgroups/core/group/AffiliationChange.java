package org.svgroups.core.group;

import java.util.Objects;

/** One requested affiliation change: the user (a bare JID) and the affiliation they would get. */
public record AffiliationChange(String user, Affiliation affiliation) {

    public AffiliationChange {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(affiliation, "affiliation");
    }
}
