package org.jivesoftware.openfire.muc;

public enum Affiliation {
    owner, admin, member, outcast, none;

    public int getValue() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Affiliation valueOf(int value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
