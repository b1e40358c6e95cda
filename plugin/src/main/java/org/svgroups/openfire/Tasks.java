package org.svgroups.openfire;

import java.util.TimerTask;
import java.util.concurrent.ThreadFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.cluster.OnceInCluster;

/** The plugin's background work: TaskEngine tasks, its own named threads, and failures that wait for the next run. */
final class Tasks {

    private static final Logger Log = LoggerFactory.getLogger(Tasks.class);

    private Tasks() {
    }

    static TimerTask task(Runnable run) {
        return new TimerTask() {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Work that runs only on the node that does the once-only work of the cluster (see {@link OnceInCluster}). */
    static Runnable once(OnceInCluster once, Runnable run) {
        return () -> once.run(run);
    }

    /** Runs a periodic write; a failure is logged, and what failed waits for the next run. */
    static void logFailure(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            Log.warn("svgroups could not store {}; will retry: {}", what, e.toString());
        }
    }

    /** Names the plugin's own threads and keeps them from holding up Openfire's shutdown. */
    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
