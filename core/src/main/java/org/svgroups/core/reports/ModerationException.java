package org.svgroups.core.reports;

/** An action on a report that cannot be done; the message is a key of the console's bundle. */
public final class ModerationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModerationException(String messageKey) {
        super(messageKey);
    }
}
