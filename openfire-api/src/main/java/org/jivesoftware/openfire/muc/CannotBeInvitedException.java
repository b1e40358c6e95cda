package org.jivesoftware.openfire.muc;

public class CannotBeInvitedException extends Exception {
    public CannotBeInvitedException() {
        super();
    }

    public CannotBeInvitedException(String msg) {
        super(msg);
    }

    public CannotBeInvitedException(Throwable nestedThrowable) {
        super(nestedThrowable);
    }

    public CannotBeInvitedException(String msg, Throwable nestedThrowable) {
        super(msg, nestedThrowable);
    }
}
