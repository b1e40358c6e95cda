package org.jivesoftware.openfire.muc;

public class ForbiddenException extends Exception {
    public ForbiddenException() {
        super();
    }

    public ForbiddenException(String msg) {
        super(msg);
    }

    public ForbiddenException(Throwable nestedThrowable) {
        super(nestedThrowable);
    }

    public ForbiddenException(String msg, Throwable nestedThrowable) {
        super(msg, nestedThrowable);
    }
}
