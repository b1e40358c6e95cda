package org.svgroups.it.server;

/**
 * Writes the {@code conf/openfire.xml} that lets Openfire set itself up on first start, without the web wizard:
 * on the given database, bound to one loopback address, no update checks, and a plugin monitor that notices a new jar
 * within seconds; for a cluster node, clustering on (an XML property in Openfire 5.1.1, not a database one).
 */
final class OpenfireXml {

    private OpenfireXml() {
    }

    static String render(ServerSetup setup, ServerDatabase database, int pluginScanSeconds, Node node) {
        StringBuilder users = new StringBuilder();
        int n = 0;
        for (ServerSetup.User user : setup.userList()) {
            n++;
            users.append("            <user").append(n).append(">\n")
                    .append("                <username>").append(xml(user.username())).append("</username>\n")
                    .append("                <password>").append(xml(user.password())).append("</password>\n")
                    .append("                <name>").append(xml(user.username())).append("</name>\n")
                    .append("                <email>").append(xml(setup.jid(user.username()))).append("</email>\n");
            if (!user.contacts().isEmpty()) {
                users.append("                <roster>\n");
                int i = 0;
                for (String friend : user.contacts().stream().sorted().toList()) {
                    i++;
                    users.append("                    <item").append(i).append("><jid>").append(xml(setup.jid(friend)))
                            .append("</jid><nickname>").append(xml(friend)).append("</nickname></item").append(i).append(">\n");
                }
                users.append("                </roster>\n");
            }
            users.append("            </user").append(n).append(">\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <jive>
                %s    <autosetup>
                        <run>true</run>
                        <locale>en</locale>
                        <xmpp>
                            <domain>%s</domain>
                            <fqdn>localhost</fqdn>
                            <auth>
                                <anonymous>false</anonymous>
                            </auth>
                        </xmpp>
                %s        <admin>
                            <email>admin@%s</email>
                            <password>%s</password>
                        </admin>
                        <users>
                %s        </users>
                    </autosetup>
                </jive>
                """.formatted(common(database, pluginScanSeconds, node), xml(setup.domain()), database.autosetupXml(),
                xml(setup.domain()), xml(setup.adminPassword()), users);
    }

    /**
     * The {@code openfire.xml} of a node that joins a cluster another node has set up: the same database, already
     * set up (autosetup would create the tables and users a second time), its own address.
     */
    static String renderJoining(ServerDatabase database, int pluginScanSeconds, Node node) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <jive>
                %s    <fqdn>localhost</fqdn>
                    <setup>true</setup>
                </jive>
                """.formatted(common(database, pluginScanSeconds, node));
    }

    /** Where the node listens, its database, no update checks, a fast plugin monitor, and clustering when asked. */
    private static String common(ServerDatabase database, int pluginScanSeconds, Node node) {
        return """
                    <adminConsole>
                        <port>%d</port>
                        <securePort>9091</securePort>
                        <interface>%s</interface>
                    </adminConsole>
                    <network>
                        <interface>%s</interface>
                    </network>
                    <locale>en</locale>
                %s    <update>
                        <service-enabled>false</service-enabled>
                        <notify-admins>false</notify-admins>
                    </update>
                    <xmpp>
                        <proxy>
                            <enabled>false</enabled>
                        </proxy>
                    </xmpp>
                    <plugins>
                        <loading>
                            <monitor>
                                <interval>%d</interval>
                            </monitor>
                        </loading>
                    </plugins>
                    <clustering>
                        <enabled>%s</enabled>
                    </clustering>
                """.formatted(OpenfireInstance.ADMIN_PORT, node.address(), node.address(), database.openfireXml(),
                pluginScanSeconds, node.clustered());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
