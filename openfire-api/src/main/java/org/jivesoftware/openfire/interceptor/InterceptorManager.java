package org.jivesoftware.openfire.interceptor;

import java.util.Collection;
import java.util.List;
import org.jivesoftware.openfire.session.Session;
import org.xmpp.packet.Packet;

public class InterceptorManager {
    public static InterceptorManager getInstance() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<PacketInterceptor> getInterceptors() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addInterceptor(PacketInterceptor interceptor) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addInterceptor(int index, PacketInterceptor interceptor) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean removeInterceptor(PacketInterceptor interceptor) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<PacketInterceptor> getUserInterceptors(String username) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addUserInterceptor(String username, int index, PacketInterceptor interceptor) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean removeUserInterceptor(String username, PacketInterceptor interceptor) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void invokeInterceptors(Packet packet, Session session, boolean read, boolean processed) throws PacketRejectedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    protected static void invokeInterceptors(Collection<PacketInterceptor> interceptors, Packet packet, Session session, boolean read, boolean processed) throws PacketRejectedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
