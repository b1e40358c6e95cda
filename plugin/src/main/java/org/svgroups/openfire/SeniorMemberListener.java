package org.svgroups.openfire;

import org.jivesoftware.openfire.cluster.ClusterEventListener;
import org.svgroups.core.cluster.ReconciliationDuty;

/**
 * Tells the reconciliation when this node becomes the cluster's senior member: on joining as the first member, or
 * when the senior member leaves. Openfire calls it on its cluster events thread; the reconciliation runs in the
 * background. The other cluster events change nothing for svgroups.
 */
final class SeniorMemberListener implements ClusterEventListener {

    private final ReconciliationDuty duty;

    SeniorMemberListener(ReconciliationDuty duty) {
        this.duty = duty;
    }

    ReconciliationDuty duty() {
        return duty;
    }

    @Override
    public void markedAsSeniorClusterMember() {
        duty.becameSenior();
    }

    @Override
    public void joinedCluster() {
    }

    @Override
    public void joinedCluster(byte[] nodeID) {
    }

    @Override
    public void leftCluster() {
    }

    @Override
    public void leftCluster(byte[] nodeID) {
    }
}
