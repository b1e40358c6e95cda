package org.svgroups.core.cluster;

/**
 * What a server knows of its cluster, read without waiting: while clustering starts (Openfire starts it after every
 * plugin has loaded) a node is enabled but not started, and cannot know yet whether it will be the senior member.
 */
public interface ClusterView {

    /** Whether clustering is switched on for this node, whether or not it has joined. */
    boolean clusteringEnabled();

    /** Whether this node is in a cluster now. */
    boolean clusteringStarted();

    /** Whether this node is the cluster's senior member (meaningful only once clustering has started). */
    boolean seniorMember();
}
