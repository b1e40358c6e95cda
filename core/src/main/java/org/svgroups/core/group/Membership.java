package org.svgroups.core.group;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The people who make up a group: owners, admins and members, as bare JIDs. A user holds one affiliation,
 * so the three sets are disjoint in a healthy room; the count is taken over their union anyway.
 */
public record Membership(Set<String> owners, Set<String> admins, Set<String> members) {

    public Membership {
        owners = Set.copyOf(owners);
        admins = Set.copyOf(admins);
        members = Set.copyOf(members);
    }

    /** Everyone who is part of the group, whatever their affiliation. */
    public Set<String> all() {
        Set<String> all = new HashSet<>(owners);
        all.addAll(admins);
        all.addAll(members);
        return all;
    }

    public int size() {
        return all().size();
    }

    public boolean includes(String user) {
        return owners.contains(user) || admins.contains(user) || members.contains(user);
    }

    /** The people who would make up the group once the changes are applied in order. */
    public Set<String> after(Collection<AffiliationChange> changes) {
        Set<String> result = all();
        for (AffiliationChange change : changes) {
            if (change.affiliation().isMembership()) {
                result.add(change.user());
            } else {
                result.remove(change.user());
            }
        }
        return result;
    }

    public static Membership of(Collection<String> owners, Collection<String> admins, Collection<String> members) {
        return new Membership(Set.copyOf(owners), Set.copyOf(admins), Set.copyOf(members));
    }

    public static Membership ofOwners(String... owners) {
        return of(List.of(owners), List.of(), List.of());
    }
}
