package org.svgroups.core.cluster;

/** A cluster view a test moves through the states a node goes through. */
final class FakeCluster implements ClusterView {

    boolean enabled;
    boolean started;
    boolean senior;

    static FakeCluster notClustered() {
        return new FakeCluster();
    }

    /** Clustering switched on, not started yet: how every node is while plugins load. */
    static FakeCluster starting() {
        FakeCluster cluster = new FakeCluster();
        cluster.enabled = true;
        return cluster;
    }

    FakeCluster joined(boolean asSenior) {
        enabled = true;
        started = true;
        senior = asSenior;
        return this;
    }

    @Override
    public boolean clusteringEnabled() {
        return enabled;
    }

    @Override
    public boolean clusteringStarted() {
        return started;
    }

    @Override
    public boolean seniorMember() {
        return senior;
    }
}
