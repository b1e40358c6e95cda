package org.svgroups.openfire;

import java.util.concurrent.Executor;

import org.jivesoftware.openfire.muc.MUCRoom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.cluster.ClusterView;
import org.svgroups.core.group.MembershipChanges;
import org.svgroups.core.invitations.PendingInvitations;
import org.svgroups.core.stats.ActivityTracker;
import org.svgroups.core.stats.GroupActivityStore;
import org.svgroups.openfire.admin.CachedGroupDirectory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Gives each new room on the group service the group profile the moment it exists, whatever the service's
 * room defaults say by then (an admin may have edited them in the console), notes the groups' activity (each
 * message a group accepts), forgets the pending invitations and the activity of a dissolved group, has the
 * console's list of groups read again when one comes or goes, and tells who joined (the creator) or left (everyone).
 */
final class GroupEventListener extends MucEventAdapter {

    private static final Logger Log = LoggerFactory.getLogger(GroupEventListener.class);

    private final GroupService groups;
    private final PendingInvitations pending;
    private final ActivityTracker activity;
    private final GroupActivityStore activityStore;
    private final CachedGroupDirectory directory;
    private final MembershipChanges changes;
    private final ClusterView cluster;
    private final Executor later;

    /**
     * @param later where a new room's profile waits, in a cluster, for the thread creating the room to let go of its
     *              lock
     */
    GroupEventListener(GroupService groups, PendingInvitations pending, ActivityTracker activity,
                       GroupActivityStore activityStore, CachedGroupDirectory directory, MembershipChanges changes,
                       ClusterView cluster, Executor later) {
        this.groups = groups;
        this.cluster = cluster;
        this.later = later;
        this.pending = pending;
        this.activity = activity;
        this.activityStore = activityStore;
        this.directory = directory;
        this.changes = changes;
    }

    private boolean isGroup(JID roomJID) {
        return groups.domain().equals(roomJID.getDomain()) && roomJID.getNode() != null;
    }

    @Override
    public void roomCreated(long roomID, JID roomJID) {
        if (!isGroup(roomJID)) {
            return;
        }
        if (cluster.clusteringStarted()) {
            // In a cluster getChatRoom gives a copy of the room, and the thread creating it holds the room's lock and
            // stores its own copy when done: a profile applied now would be undone, and the room saved under an id
            // its own copy then replaces (its memberships stored under an id no room has). Applied once that thread
            // lets go of the lock, on the room as it left it.
            later.execute(() -> profileNewRoom(roomJID));
        } else {
            profileNewRoom(roomJID);
        }
    }

    private void profileNewRoom(JID roomJID) {
        groups.applyProfile(roomJID.getNode());
        directory.forget();
        MUCRoom room = groups.room(roomJID.getNode());
        if (room != null) {
            changes.membersChanged(roomJID.toBareJID(), room.getOwners().stream().map(JID::toBareJID).toList());
        }
    }

    @Override
    public void roomDestroyed(long roomID, JID roomJID) {
        if (isGroup(roomJID)) {
            String group = roomJID.toBareJID();
            pending.removeGroup(group);
            activity.forget(group);
            directory.forget();
            changes.groupDissolved(group);
            try {
                activityStore.remove(group);
            } catch (RuntimeException e) {
                // Harmless: the console ignores activity from before a group of the same name was created.
                Log.warn("svgroups could not forget the activity of {}: {}", group, e.toString());
            }
        }
    }

    @Override
    public void messageReceived(JID roomJID, JID user, String nickname, Message message) {
        if (isGroup(roomJID)) {
            activity.record(roomJID.toBareJID());
        }
    }
}
