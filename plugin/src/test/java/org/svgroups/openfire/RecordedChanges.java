package org.svgroups.openfire;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.svgroups.core.group.MembershipChanges;

/** Writes down every membership change it is told of, as "members group: users", "group group", "dissolved group". */
final class RecordedChanges implements MembershipChanges {

    final List<String> told = new ArrayList<>();

    @Override
    public void membersChanged(String group, Collection<String> users) {
        told.add("members " + group + ": " + String.join(", ", users));
    }

    @Override
    public void groupChanged(String group) {
        told.add("group " + group);
    }

    @Override
    public void groupDissolved(String group) {
        told.add("dissolved " + group);
    }
}
