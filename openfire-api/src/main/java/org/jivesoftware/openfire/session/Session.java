package org.jivesoftware.openfire.session;

import java.net.UnknownHostException;
import java.security.cert.Certificate;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.jivesoftware.openfire.RoutableChannelHandler;
import org.jivesoftware.openfire.StreamID;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.StreamError;

public interface Session extends RoutableChannelHandler {
    int MAJOR_VERSION = 1;

    int MINOR_VERSION = 0;

    enum Status {
        CLOSED, CONNECTED, AUTHENTICATED;
    }

    JID getAddress();

    Status getStatus();

    StreamID getStreamID();

    String getServerName();

    Date getCreationDate();

    Date getLastActiveDate();

    long getNumClientPackets();

    long getNumServerPackets();

    void close();

    default void close(final StreamError error) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default boolean isClosed() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    boolean isDetached();

    boolean isEncrypted();

    default boolean isAuthenticated() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    Certificate[] getPeerCertificates();

    String getHostAddress() throws UnknownHostException;

    default int getRemotePort() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    default int getLocalPort() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    String getHostName() throws UnknownHostException;

    void process(Packet packet);

    void deliverRawText(String text);

    boolean validate();

    String getTLSProtocolName();

    String getCipherSuiteName();

    Locale getLanguage();

    void markNonResumable();

    default Map<String, String> getSoftwareVersion() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    static int[] decodeVersion(String version) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
