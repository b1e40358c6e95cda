package org.jivesoftware.openfire.muc;

public class NotAcceptableException extends Exception {
    public NotAcceptableException() {
        super();
    }

    public NotAcceptableException(String msg) {
        super(msg);
    }

    public NotAcceptableException(Throwable nestedThrowable) {
        super(nestedThrowable);
    }

    public NotAcceptableException(String msg, Throwable nestedThrowable) {
        super(msg, nestedThrowable);
    }
}
