package org.svgroups.core.cluster;

/**
 * The reconciliation a plugin load starts, done once in a cluster: at load by a node that does the once-only work
 * ({@link OnceInCluster}), and again by each node that becomes the senior member later: one that held back at load
 * because its clustering had not started, or the successor of a senior member that left, which may have stopped
 * half-way.
 */
public final class ReconciliationDuty {

    private final OnceInCluster once;
    private final Runnable reconciliation;

    public ReconciliationDuty(OnceInCluster once, Runnable reconciliation) {
        this.once = once;
        this.reconciliation = reconciliation;
    }

    /** At load: reconciles when this node does the once-only work; returns whether it did. */
    public boolean loaded() {
        return once.run(reconciliation);
    }

    /** This node has just become the cluster's senior member: it reconciles. */
    public void becameSenior() {
        reconciliation.run();
    }
}
