package org.svgroups.it.server;

import java.nio.file.Path;
import java.util.List;

/**
 * Where one Openfire listens (its client, admin console and every other listener bind this loopback address, so that
 * several can run on one machine) and, for a cluster node, the Hazelcast plugin jar and the addresses of every
 * member, this one included.
 */
public record Node(String address, Path hazelcastJar, List<String> clusterMembers) {

    /** The port Hazelcast listens on, on each member's own address. */
    public static final int HAZELCAST_PORT = 5701;

    public Node {
        clusterMembers = List.copyOf(clusterMembers);
        if (hazelcastJar != null && !clusterMembers.contains(address)) {
            throw new IllegalArgumentException("A cluster node's members include itself: " + address);
        }
    }

    /** The single server of the real-server suite and the demo, on 127.0.0.1. */
    public static Node single() {
        return new Node("127.0.0.1", null, List.of());
    }

    /** A member of a cluster of {@code members}, listening on {@code address}. */
    public static Node clusterMember(String address, Path hazelcastJar, List<String> members) {
        return new Node(address, hazelcastJar, members);
    }

    public boolean clustered() {
        return hazelcastJar != null;
    }
}
