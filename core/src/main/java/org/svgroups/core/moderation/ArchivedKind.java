package org.svgroups.core.moderation;

/** What an archived message is, as far as taking it back goes. */
public enum ArchivedKind {

    /** A message someone wrote (text, share, encrypted payload): it can be retracted. */
    MESSAGE,

    /** A retraction (XEP-0424) or a moderation notice (XEP-0425): it takes something back and is not taken back. */
    RETRACTION,

    /** A message already retracted: the archive holds its tombstone, and there is nothing left to take back. */
    TOMBSTONE
}
