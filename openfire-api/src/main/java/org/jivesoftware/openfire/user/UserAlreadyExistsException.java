package org.jivesoftware.openfire.user;

public class UserAlreadyExistsException extends Exception {
    public UserAlreadyExistsException() {
        super();
    }

    public UserAlreadyExistsException(String msg) {
        super(msg);
    }

    public UserAlreadyExistsException(Throwable nestedThrowable) {
        super(nestedThrowable);
    }

    public UserAlreadyExistsException(String msg, Throwable nestedThrowable) {
        super(msg, nestedThrowable);
    }
}
