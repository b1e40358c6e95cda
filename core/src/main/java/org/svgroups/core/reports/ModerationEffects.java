package org.svgroups.core.reports;

import java.util.Optional;

/** What acting on a report does to the groups and who it tells (the plugin: Openfire's rooms and messages). */
public interface ModerationEffects {

    /** Takes the member out of the group, as an owner would. */
    void remove(String group, String member) throws ModerationException;

    /** Dissolves the group; its members are told the reason. */
    void dissolve(String group, String reason) throws ModerationException;

    /** Sends the user a notice from the group service. */
    void tell(String user, String text);

    /** The group's name, as its members know it; empty when it has none (or is gone). */
    Optional<String> groupName(String group);
}
