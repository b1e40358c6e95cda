package org.svgroups.openfire.db;

/** A database operation of the plugin failed; the message names the operation, the cause is the driver's error. */
public class PersistenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
