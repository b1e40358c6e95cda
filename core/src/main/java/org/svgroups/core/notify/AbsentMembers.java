package org.svgroups.core.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
        Objects.requireNonNull(sender, "sender");
        // Runs for every group message under the room's lock: filter first (usually most people are present), then
        // sort the few left, rather than sorting everyone into a tree and taking the present out again.
        List<String> absent = new ArrayList<>();
        for (String person : people) {
            if (!present.contains(person) && !person.equals(sender)) {
                absent.add(person);
            }
        }
        absent.sort(null);
        List<String> distinct = new ArrayList<>(absent.size());
        for (String person : absent) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(person)) {
                distinct.add(person);
            }
        }
        return List.copyOf(distinct);
    }
}
