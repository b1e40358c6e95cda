package org.svgroups.client;

import java.time.Duration;
import java.util.Objects;

import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;

/**
 * How {@link SvGroupsClient#connect(ClientConfig)} reaches the server and who it logs in as. Build one with
 * {@link #builder()}:
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder()
 *         .host("127.0.0.1").domain("svgroups.test")
 *         .username("alice").password("secret")
 *         .securityMode(SecurityMode.disabled) // local test server without TLS
 *         .build();
 * }</pre>
 */
public final class ClientConfig {

    /** The standard client-to-server port. */
    public static final int DEFAULT_PORT = 5222;

    private final String host;
    private final int port;
    private final String domain;
    private final String username;
    private final String password;
    private final SecurityMode securityMode;
    private final String service;
    private final String resource;
    private final String nickname;
    private final Duration replyTimeout;
    private final Duration invitationGrace;

    private ClientConfig(Builder b) {
        host = require(b.host, "host");
        if (b.port < 1 || b.port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, not " + b.port);
        }
        port = b.port;
        domain = b.domain == null || b.domain.isBlank() ? host : b.domain;
        username = require(b.username, "username");
        password = Objects.requireNonNull(b.password, "password");
        securityMode = Objects.requireNonNull(b.securityMode, "securityMode");
        service = b.service == null || b.service.isBlank() ? null : b.service;
        resource = b.resource;
        nickname = b.nickname == null || b.nickname.isBlank() ? username : b.nickname;
        replyTimeout = positive(b.replyTimeout, "replyTimeout");
        invitationGrace = Objects.requireNonNull(b.invitationGrace, "invitationGrace");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Host name or IP address to connect to. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The XMPP domain (the part after the @ in user JIDs); defaults to the host. */
    public String domain() {
        return domain;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public SecurityMode securityMode() {
        return securityMode;
    }

    /** The group service's JID if given explicitly, or {@code null} to discover it. */
    public String service() {
        return service;
    }

    /** The XMPP resource, or {@code null} to let the server assign one. */
    public String resource() {
        return resource;
    }

    /** The nickname used in rooms; defaults to the username. */
    public String nickname() {
        return nickname;
    }

    /** How long to wait for any reply from the server. */
    public Duration replyTimeout() {
        return replyTimeout;
    }

    /** See {@link Builder#invitationGrace(Duration)}. */
    public Duration invitationGrace() {
        return invitationGrace;
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static Duration positive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    /** Builds a {@link ClientConfig}; host, username and password are required. */
    public static final class Builder {

        private String host;
        private int port = DEFAULT_PORT;
        private String domain;
        private String username;
        private String password;
        private SecurityMode securityMode = SecurityMode.required;
        private String service;
        private String resource;
        private String nickname;
        private Duration replyTimeout = Duration.ofSeconds(10);
        private Duration invitationGrace = GroupInvitations.DEFAULT_INVITATION_GRACE;

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * TLS policy; {@link SecurityMode#required} by default. Use {@link SecurityMode#disabled} only for a local
         * test server: credentials then travel in the clear.
         */
        public Builder securityMode(SecurityMode securityMode) {
            this.securityMode = securityMode;
            return this;
        }

        /** Names the group service (e.g. {@code groups.example.com}) instead of discovering it. */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        public Builder nickname(String nickname) {
            this.nickname = nickname;
            return this;
        }

        public Builder replyTimeout(Duration replyTimeout) {
            this.replyTimeout = replyTimeout;
            return this;
        }

        /**
         * How long to wait for an error after the server has answered the round trip that follows an invitation.
         * Invitations are messages and get no positive reply, so a refusal can only be noticed by waiting.
         */
        public Builder invitationGrace(Duration invitationGrace) {
            this.invitationGrace = invitationGrace;
            return this;
        }

        public ClientConfig build() {
            return new ClientConfig(this);
        }
    }
}
