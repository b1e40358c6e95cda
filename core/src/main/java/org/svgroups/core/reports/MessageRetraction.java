package org.svgroups.core.reports;

/**
 * Takes a message of a group back as a moderator (XEP-0425: the retraction broadcast to the room, a tombstone in
 * the archive). Implemented where retraction is (issue 11 part 1).
 */
public interface MessageRetraction {

    /**
     * @param stanzaId the message's stanza-id by the group
     * @param reason   why, as the room is told
     * @throws ModerationException when the message cannot be retracted (gone, retracted already)
     */
    void retract(String group, String stanzaId, String reason) throws ModerationException;
}
