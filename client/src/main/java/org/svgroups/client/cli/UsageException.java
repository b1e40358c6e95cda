package org.svgroups.client.cli;

/** The command line is wrong; the CLI prints the message and exits with status 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
