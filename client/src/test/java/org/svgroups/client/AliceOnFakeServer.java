package org.svgroups.client;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Tests of the managers as alice, logged in to a {@link FakeGroupServer} on which {@link #group} exists. The
 * invitation grace is short: the fake answers in order, so the round trip alone already flushes a refusal.
 */
abstract class AliceOnFakeServer {

    protected FakeGroupServer server;
    protected EntityBareJid group;
    protected GroupService service;
    protected GroupDirectory directory;
    protected GroupInvitations invitations;
    protected GroupChat chat;

    @BeforeEach
    void connect() throws Exception {
        server = FakeGroupServer.loggedIn("alice");
        service = GroupService.getInstanceFor(server);
        directory = GroupDirectory.getInstanceFor(server);
        invitations = GroupInvitations.getInstanceFor(server);
        invitations.setInvitationGrace(Duration.ofMillis(50));
        chat = GroupChat.getInstanceFor(server);
        group = JidCreate.entityBareFrom("k3xq7vbm2ard@" + FakeGroupServer.SERVICE);
        server.addRoom(group.toString());
    }

    @AfterEach
    void disconnect() {
        server.disconnect();
    }
}
