package org.svgroups.core.share;

/** A share element that cannot be read or breaks the protocol's bounds; the message says what is wrong. */
public final class InvalidShareException extends Exception {

    public InvalidShareException(String message) {
        super(message);
    }
}
