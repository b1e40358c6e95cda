package org.svgroups.core.group;

import java.time.Instant;
import java.util.Optional;

/** When a person became a member (owner, admin or member) of a group: what the archive reads them from. */
@FunctionalInterface
public interface MemberSince {

    /** When the user became a member of the group, if known. Groups and users are bare JIDs. */
    Optional<Instant> since(String group, String user);
}
