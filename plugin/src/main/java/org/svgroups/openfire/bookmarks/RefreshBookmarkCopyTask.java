package org.svgroups.openfire.bookmarks;

import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import org.jivesoftware.util.cache.ClusterTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run on the other cluster nodes once svgroups wrote a user's bookmarks: each brings its own copy up to date
 * ({@link PepBookmarkCopies#refresh}). It carries only the username, and each node reads the stored item when the
 * task runs, so tasks that arrive out of order still leave every node with the newest bookmarks. The Hazelcast
 * plugin finds this class among the plugins' class loaders when it deserializes the task.
 */
public final class RefreshBookmarkCopyTask implements ClusterTask<Void> {

    private static final Logger Log = LoggerFactory.getLogger(RefreshBookmarkCopyTask.class);

    private String username;

    /** For the receiving node, which reads the username with {@link #readExternal}. */
    public RefreshBookmarkCopyTask() {
    }

    RefreshBookmarkCopyTask(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }

    @Override
    public void run() {
        try {
            PepBookmarkCopies.refresh(username);
        } catch (RuntimeException e) {
            // Nobody waits for this task: without this line the failure would go unseen.
            Log.warn("svgroups could not refresh this node's copy of the bookmarks of {}: {}", username, e.toString());
        }
    }

    @Override
    public Void getResult() {
        return null;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        out.writeUTF(username);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        username = in.readUTF();
    }
}
