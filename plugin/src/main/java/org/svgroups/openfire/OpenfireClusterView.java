package org.svgroups.openfire;

import org.jivesoftware.openfire.cluster.ClusterManager;
import org.svgroups.core.cluster.ClusterView;

/**
 * Openfire's cluster as the once-only work reads it. Never {@code isSeniorClusterMemberOrNotClustered()}: it waits
 * for clustering to start, which Openfire does only after every plugin has loaded, so a plugin's load would block.
 */
final class OpenfireClusterView implements ClusterView {

    @Override
    public boolean clusteringEnabled() {
        return ClusterManager.isClusteringEnabled();
    }

    @Override
    public boolean clusteringStarted() {
        return ClusterManager.isClusteringStarted();
    }

    @Override
    public boolean seniorMember() {
        return ClusterManager.isSeniorClusterMember();
    }
}
