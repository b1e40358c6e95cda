package org.jivesoftware.openfire.cluster;

public interface ClusterEventListener {
    void joinedCluster();

    void joinedCluster(byte[] nodeID);

    void leftCluster();

    void leftCluster(byte[] nodeID);

    void markedAsSeniorClusterMember();
}
