package org.svgroups.core.invitations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where pending invitations are kept (the plugin keeps them in its own database table, so that they survive a
 * restart and are shared by a cluster). At most one invitation per group and invitee: a new one replaces the old.
 * Lookups return expired invitations too; callers compare with their clock, and {@link #removeExpired} purges.
 */
public interface PendingInvitations {

    /** Stores the invitation, replacing any earlier one for the same group and invitee. */
    void save(PendingInvitation invitation);

    Optional<PendingInvitation> find(String group, String invitee);

    /** Invitations the user has received, oldest first. */
    List<PendingInvitation> receivedBy(String invitee);

    /** Invitations the user has sent, oldest first. */
    List<PendingInvitation> sentBy(String inviter);

    /** Invitations to one group, oldest first. */
    List<PendingInvitation> forGroup(String group);

    /** @return whether there was such an invitation */
    boolean remove(String group, String invitee);

    /** Removes every invitation to a group (it was dissolved). @return how many */
    int removeGroup(String group);

    /** Removes the invitations that expired at {@code now} or before. @return how many */
    int removeExpired(Instant now);
}
