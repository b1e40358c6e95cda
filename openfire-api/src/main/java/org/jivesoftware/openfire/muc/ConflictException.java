package org.jivesoftware.openfire.muc;

public class ConflictException extends Exception {
    public ConflictException() {
        super();
    }

    public ConflictException(String msg) {
        super(msg);
    }

    public ConflictException(Throwable nestedThrowable) {
        super(nestedThrowable);
    }

    public ConflictException(String msg, Throwable nestedThrowable) {
        super(msg, nestedThrowable);
    }
}
