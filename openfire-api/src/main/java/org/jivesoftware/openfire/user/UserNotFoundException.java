package org.jivesoftware.openfire.user;

public class UserNotFoundException extends Exception {
    public UserNotFoundException() {
        super();
    }

    public UserNotFoundException(String msg) {
        super(msg);
    }

    public UserNotFoundException(Throwable nestedThrowable) {
        super(nestedThrowable);
    }

    public UserNotFoundException(String msg, Throwable nestedThrowable) {
        super(msg, nestedThrowable);
    }
}
