package org.svgroups.openfire.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One group as the groups list shows it (serializable: the list is kept in a cluster-wide cache). {@code lastActive} is null for a group nobody has written in since
 * svgroups 0.4. The bean getters are for the JSPs (Openfire's EL does not read record accessors).
 *
 * @param name        the room's node, as in its address
 * @param jid         the group's bare JID
 * @param displayName the room's natural-language name (the node when it has none)
 * @param owner       the first owner by address, or null when the group has none
 * @param members     owners, admins and members
 */
public record GroupRow(String name, String jid, String displayName, String owner, int members, Instant created,
                       Instant lastActive, long shares) implements Serializable {

    public GroupRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(created, "created");
    }

    public String getName() {
        return name;
    }

    public String getJid() {
        return jid;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getOwner() {
        return owner;
    }

    public int getMembers() {
        return members;
    }

    public long getShares() {
        return shares;
    }
}
