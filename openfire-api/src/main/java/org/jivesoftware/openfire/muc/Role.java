package org.jivesoftware.openfire.muc;

public enum Role {
    moderator, participant, visitor, none;

    public int getValue() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Role valueOf(int value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
