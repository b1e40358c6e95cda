package org.svgroups.core.archive;

import java.util.Objects;

/** A MAM query that cannot be answered: which standard error condition, and a text that says why. */
public final class InvalidArchiveQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The RFC 6120 condition the query is refused with. */
    public enum Condition {
        /** Malformed: a bad date, a bad number, a repeated value, a wrong FORM_TYPE. */
        BAD_REQUEST,
        /** A field or element this archive does not support. */
        FEATURE_NOT_IMPLEMENTED,
        /** An id the archive does not have (or the reader may not see). */
        ITEM_NOT_FOUND
    }

    private final Condition condition;

    public InvalidArchiveQueryException(Condition condition, String text) {
        super(text);
        this.condition = Objects.requireNonNull(condition, "condition");
    }

    public Condition condition() {
        return condition;
    }
}
