package org.jivesoftware.openfire.muc;

public class NotAllowedException extends Exception {
    public enum Reason {
        INSUFFICIENT_PERMISSIONS, ROOM_RETIRED;
    }

    public NotAllowedException() {
        super();
    }

    public NotAllowedException(String msg) {
        super(msg);
    }

    public NotAllowedException(Throwable nestedThrowable) {
        super(nestedThrowable);
    }

    public NotAllowedException(String msg, Throwable nestedThrowable) {
        super(msg, nestedThrowable);
    }

    public NotAllowedException(Reason reason) {
        super();
    }

    public NotAllowedException(String msg, Reason reason) {
        super(msg);
    }

    public NotAllowedException(Reason reason, Throwable nestedThrowable) {
        super(nestedThrowable);
    }

    public NotAllowedException(String msg, Reason reason, Throwable nestedThrowable) {
        super(msg, nestedThrowable);
    }

    public Reason getReason() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
