package org.svgroups.client;

import java.util.Objects;

import org.jxmpp.jid.EntityBareJid;

/**
 * A group: a members-only room on the group service, addressed by an opaque JID and shown under a human name.
 *
 * @param jid the group's address, e.g. {@code k3xq7vbm2ard@groups.example.com}.
 * @param name the group's human name (the room name).
 */
public record Group(EntityBareJid jid, String name) {

    public Group {
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(name, "name");
    }
}
