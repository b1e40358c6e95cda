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

    /** The row as JDK values, in the order of the record's components (for a cache shared by the cluster). */
    public Object[] fields() {
        return new Object[] {name, jid, displayName, owner, members, created, lastActive, shares};
    }

    /** The row {@link #fields()} gave. */
    public static GroupRow of(Object[] fields) {
        return new GroupRow((String) fields[0], (String) fields[1], (String) fields[2], (String) fields[3],
                (Integer) fields[4], (Instant) fields[5], (Instant) fields[6], (Long) fields[7]);
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
