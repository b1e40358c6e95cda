package org.jivesoftware.openfire.interceptor;

import org.xmpp.packet.PacketError;

public class PacketRejectedException extends Exception {
    public PacketRejectedException() {
        super();
    }

    public PacketRejectedException(String msg) {
        super(msg);
    }

    public PacketRejectedException(Throwable nestedThrowable) {
        super(nestedThrowable);
    }

    public PacketRejectedException(String msg, Throwable nestedThrowable) {
        super(msg, nestedThrowable);
    }

    public String getRejectionMessage() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRejectionMessage(String rejectionMessage) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public PacketError getRejectionError() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRejectionError(PacketError rejectionError) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
