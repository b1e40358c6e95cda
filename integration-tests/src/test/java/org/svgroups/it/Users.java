package org.svgroups.it;

import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.svgroups.client.ClientConfig;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;

/** Connects the test users of {@link RealOpenfire} through the svgroups client library. */
public final class Users {

    private Users() {
    }

    public static SvGroupsClient connect(String username) throws SvGroupsException {
        return connect(username, "127.0.0.1");
    }

    /** Connects to the server listening on {@code host} (a cluster node's own address). */
    public static SvGroupsClient connect(String username, String host) throws SvGroupsException {
        return SvGroupsClient.connect(ClientConfig.builder()
                .host(host)
                .domain(RealOpenfire.DOMAIN)
                .username(username)
                .password(RealOpenfire.PASSWORD)
                .securityMode(SecurityMode.disabled)
                .build());
    }
}
