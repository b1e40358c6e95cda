package org.svgroups.core.links;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where invite links are kept, by the hash of their token (see {@link LinkToken}). */
public interface InviteLinkStore {

    /** Stores a new link under the hash of its token. */
    void save(InviteLink link, String tokenHash);

    /** The link whose token has that hash. */
    Optional<InviteLink> findByHash(String tokenHash);

    /** The group's link of that id. */
    Optional<InviteLink> find(String group, String id);

    /** Every link of the group still kept (expired ones until the purge), oldest first. */
    List<InviteLink> ofGroup(String group);

    /** Revokes the group's link of that id; false when there is none. */
    boolean revoke(String group, String id);

    /**
     * Counts one use of the link, only if it is still active at {@code now}, in one step that concurrent uses
     * (on any cluster node) cannot both pass for the last use.
     *
     * @return whether the use was counted
     */
    boolean use(String tokenHash, Instant now);

    /** Deletes the links expired by {@code now}; returns how many. */
    int removeExpired(Instant now);

    /** Deletes every link of the group (it was dissolved); returns how many. */
    int removeGroup(String group);
}
