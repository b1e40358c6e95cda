package org.jivesoftware.openfire;

import java.util.Date;
import org.jivesoftware.util.SystemProperty;

public interface XMPPServerInfo {
    SystemProperty<String> XMPP_DOMAIN = null;

    String getHostname();

    void setHostname(String fqdn);

    String getXMPPDomain();

    Date getLastStarted();
}
