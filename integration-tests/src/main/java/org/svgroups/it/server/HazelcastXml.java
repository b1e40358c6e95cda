package org.svgroups.it.server;

import java.util.List;

/**
 * Writes the {@code conf/hazelcast-local-config.xml} that the Hazelcast plugin imports (it copies its multicast
 * template only when the file is missing): members found by tcp-ip at fixed addresses, no multicast or
 * auto-detection, a fixed port. Where it binds is told by system properties ({@link #bindProperties}): the
 * plugin's own configuration already has a {@code <properties>} element, and Hazelcast refuses a second one in the
 * file it imports.
 */
final class HazelcastXml {

    private HazelcastXml() {
    }

    static String render(Node node) {
        StringBuilder members = new StringBuilder();
        for (String member : node.clusterMembers()) {
            members.append("                <member>").append(member).append(':').append(Node.HAZELCAST_PORT)
                    .append("</member>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <hazelcast xmlns="http://www.hazelcast.com/schema/config">
                    <network>
                        <port auto-increment="false">%d</port>
                        <join>
                            <auto-detection enabled="false"/>
                            <multicast enabled="false"/>
                            <tcp-ip enabled="true">
                %s            </tcp-ip>
                        </join>
                    </network>
                </hazelcast>
                """.formatted(Node.HAZELCAST_PORT, members);
    }

    /**
     * The JVM options that bind Hazelcast to the node's own address only: it binds 0.0.0.0 unless told not to, and a
     * loopback alias such as 127.0.0.2 is no interface's address, so its interface matching cannot pick it.
     */
    static List<String> bindProperties(Node node) {
        return List.of("-Dhazelcast.local.localAddress=" + node.address(), "-Dhazelcast.socket.bind.any=false");
    }
}
