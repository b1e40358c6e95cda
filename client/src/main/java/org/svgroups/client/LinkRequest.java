package org.svgroups.client;

import java.time.Instant;

import org.jxmpp.jid.EntityBareJid;

/**
 * A join request waiting for an owner's or admin's approval.
 *
 * @param user who asks (in a group's list) or this user (in one's own list)
 * @param name the group's name, in one's own list; empty otherwise
 */
public record LinkRequest(EntityBareJid group, EntityBareJid user, String name, Instant created) {
}
