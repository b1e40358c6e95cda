package org.jivesoftware.openfire.roster;

public interface RosterEventListener {
    void rosterLoaded(Roster roster);

    boolean addingContact(Roster roster, RosterItem item, boolean persistent);

    void contactAdded(Roster roster, RosterItem item);

    void contactUpdated(Roster roster, RosterItem item);

    void contactDeleted(Roster roster, RosterItem item);
}
