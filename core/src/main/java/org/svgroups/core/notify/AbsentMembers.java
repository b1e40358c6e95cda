package org.svgroups.core.notify;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Who a group message reaches without them being in the room: its people, minus those present, minus the sender. */
public final class AbsentMembers {

    private AbsentMembers() {
    }

    /**
     * @param people  bare JIDs of the group's owners, admins and members (or of the invitees)
     * @param present bare JIDs of the room's occupants
     * @param sender  bare JID of the sender, never told of their own message
     * @return the absent ones, sorted, without duplicates
     */
    public static List<String> of(Collection<String> people, Set<String> present, String sender) {
        TreeSet<String> absent = new TreeSet<>(people);
        absent.removeAll(present);
        absent.remove(sender);
        return List.copyOf(absent);
    }
}
