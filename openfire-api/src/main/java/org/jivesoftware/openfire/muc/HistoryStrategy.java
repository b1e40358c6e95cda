package org.jivesoftware.openfire.muc;

public class HistoryStrategy {

    public void setType(Type newType) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Type getType() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public enum Type {
        defaulType, none, all, number;
    }
}
