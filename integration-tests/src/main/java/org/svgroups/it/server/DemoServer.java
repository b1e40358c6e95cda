package org.svgroups.it.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a local demo: a scratch Openfire with svgroups installed, an embedded database and demo users who are all
 * friends of each other. Stops the server on Ctrl-C.
 *
 * <pre>java -cp integration-tests/target/classes org.svgroups.it.server.DemoServer OPENFIRE_HOME PLUGIN_JAR WORK_DIR</pre>
 */
public final class DemoServer {

    static final String DOMAIN = "svgroups.test";
    static final List<String> USERS = List.of("alice", "bob", "carol", "dave");
    static final String PASSWORD = "secret";
    static final List<String> SHARE_HOSTS = List.of("videos.example.test", "shop.example.test");

    private DemoServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DemoServer OPENFIRE_HOME PLUGIN_JAR WORK_DIR");
            System.exit(2);
        }
        ServerSetup.Builder setup = ServerSetup.builder(DOMAIN);
        USERS.forEach(user -> setup.user(user, PASSWORD));
        for (int i = 0; i < USERS.size(); i++) {
            for (int j = i + 1; j < USERS.size(); j++) {
                setup.friends(USERS.get(i), USERS.get(j));
            }
        }
        // Sharing is off until content hosts are named; the demo allows two example hosts (no catalogue).
        setup.property("svgroups.share.origins", String.join(", ", SHARE_HOSTS));
        OpenfireInstance server = OpenfireInstance.provision(Path.of(args[0]), Path.of(args[2]).toAbsolutePath(),
                Path.of(args[1]).toAbsolutePath(), setup.build());
        System.out.println("Starting Openfire in " + server.home() + " ...");
        server.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }));
        System.out.printf("""
                svgroups demo is running.
                  XMPP domain   %s  (client port 127.0.0.1:%d, plain or STARTTLS with a self-signed certificate)
                  Group service groups.%s
                  Users         %s  (password "%s"; all friends of each other)
                  Admin console http://127.0.0.1:%d/  (admin / admin), Group Chat > Short-Video Groups
                  Sharing       from %s (no catalogue: shares arrive unverified)
                  Try           client/svgroups-cli --host 127.0.0.1 --domain %s --user alice --password %s --insecure create-group "Dance crew" bob carol
                Press Ctrl-C to stop.
                """, DOMAIN, OpenfireInstance.CLIENT_PORT, DOMAIN, String.join(", ", USERS), PASSWORD,
                OpenfireInstance.ADMIN_PORT, String.join(", ", SHARE_HOSTS), DOMAIN, PASSWORD);
        stopped.await();
    }
}
