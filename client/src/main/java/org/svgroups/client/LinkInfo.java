package org.svgroups.client;

import java.time.Instant;
import java.util.OptionalInt;

import org.jxmpp.jid.EntityBareJid;

/**
 * An active invite link of a group, as lists show it (never with its token).
 *
 * @param maxUses how many may use it; empty: no limit
 */
public record LinkInfo(String id, EntityBareJid creator, Instant created, Instant expires, int uses, OptionalInt maxUses) {
}
