package org.svgroups.core.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the groups' archives are kept (the plugin's database table). */
public interface ArchiveStore {

    /** Stores delivered messages; all or nothing. */
    void appendAll(List<ArchivedMessage> messages);

    /**
     * Up to {@code limit} messages of the group whose order key is above {@code after} and below {@code before},
     * in order: the first ones of that range, or the last ones when {@code fromEnd}.
     */
    List<ArchivedMessage> page(String group, long after, long before, int limit, boolean fromEnd);

    /** The order key of the message with that stanza-id in the group, if the archive has it. */
    Optional<Long> orderOf(String group, String id);

    /** The message with that stanza-id in the group, if the archive has it. */
    Optional<ArchivedMessage> find(String group, String id);

    /**
     * Replaces what the archive keeps of the message with that stanza-id in the group (a retracted message's
     * tombstone); its ids, order, time, sender and nickname stay. False when the archive does not have it.
     */
    boolean replaceStanza(String group, String id, String stanza);

    /** The first (or last) message of the group with an order key above {@code after}. */
    Optional<ArchivedMessage> edge(String group, long after, boolean last);

    /** Deletes a dissolved group's archive; returns how many messages it had. */
    int removeGroup(String group);

    /** Deletes up to {@code limit} messages (of any group) delivered before {@code cutoff}; returns how many. */
    int removeBefore(Instant cutoff, int limit);
}
