package org.svgroups.core.group;

import java.util.Collection;
import java.util.List;

/**
 * Told whenever who is in a group may have changed, on every path that makes or ends a membership, so that what
 * follows from belonging (a member's bookmarks, the moment they joined) keeps up. Groups and users are bare JIDs.
 * Called on packet threads, sometimes under the room's lock: an implementation hands the work to its own thread.
 */
public interface MembershipChanges {

    /** These users may have become or stopped being part of the group. */
    void membersChanged(String group, Collection<String> users);

    /** The group changed as a whole (renamed, reconfigured): everyone in it may be concerned. */
    void groupChanged(String group);

    /** The group is gone. */
    void groupDissolved(String group);

    /** Tells each of {@code listeners}, in order. */
    static MembershipChanges all(List<MembershipChanges> listeners) {
        List<MembershipChanges> each = List.copyOf(listeners);
        return new MembershipChanges() {
            @Override
            public void membersChanged(String group, Collection<String> users) {
                each.forEach(listener -> listener.membersChanged(group, users));
            }

            @Override
            public void groupChanged(String group) {
                each.forEach(listener -> listener.groupChanged(group));
            }

            @Override
            public void groupDissolved(String group) {
                each.forEach(listener -> listener.groupDissolved(group));
            }
        };
    }
}
