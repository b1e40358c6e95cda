package org.svgroups.client;

import java.util.Objects;

import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jxmpp.jid.EntityBareJid;

/**
 * One entry of the group list, as the server reports it.
 *
 * @param jid the group's address.
 * @param name the group's human name; empty if the server sent none.
 * @param affiliation the user's affiliation ({@code owner}, {@code admin} or {@code member}); {@code null} if the
 *        server sent none or one this library does not know.
 * @param members the number of owners, admins and members; -1 if the server did not say.
 * @param cap the group's member cap; -1 if the server did not say.
 */
public record GroupSummary(EntityBareJid jid, String name, MUCAffiliation affiliation, int members, int cap) {

    public GroupSummary {
        Objects.requireNonNull(jid, "jid");
        name = name == null ? "" : name;
    }

    /** The group as a handle for the other operations. */
    public Group toGroup() {
        return new Group(jid, name);
    }
}
