package org.svgroups.it.server;

/**
 * Writes the {@code conf/hazelcast-local-config.xml} that the Hazelcast plugin imports (it copies its multicast
 * template only when the file is missing): members found by tcp-ip at fixed addresses, no multicast or
 * auto-detection, a fixed port, and bound to the node's own address only. Hazelcast binds 0.0.0.0 unless told not
 * to, and a loopback alias such as 127.0.0.2 is not an interface address its interface matching can pick, hence
 * the two properties.
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
                    <properties>
                        <property name="hazelcast.local.localAddress">%s</property>
                        <property name="hazelcast.socket.bind.any">false</property>
                    </properties>
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
                """.formatted(node.address(), Node.HAZELCAST_PORT, members);
    }
}
