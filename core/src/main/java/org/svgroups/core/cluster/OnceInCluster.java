package org.svgroups.core.cluster;

/**
 * Work that must run once for the whole service (purges, reconciliations) runs on one node only: the cluster's
 * senior member, or a server that is not clustered. A node whose clustering is switched on but has not started yet
 * holds back: it cannot tell whether another member already does the work, and the member that is senior once it has
 * joined is told so and does it then.
 */
public final class OnceInCluster {

    private final ClusterView cluster;

    public OnceInCluster(ClusterView cluster) {
        this.cluster = cluster;
    }

    /** Whether this node does the once-only work now. */
    public boolean mayRun() {
        if (cluster.clusteringStarted()) {
            return cluster.seniorMember();
        }
        return !cluster.clusteringEnabled();
    }

    /** Runs {@code work} when this node does the once-only work; returns whether it ran. */
    public boolean run(Runnable work) {
        if (!mayRun()) {
            return false;
        }
        work.run();
        return true;
    }
}
