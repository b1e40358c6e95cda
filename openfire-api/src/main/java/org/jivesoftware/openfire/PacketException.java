package org.jivesoftware.openfire;

public class PacketException extends RuntimeException {
    public PacketException() {
        super();
    }

    public PacketException(String s) {
        super(s);
    }
}
