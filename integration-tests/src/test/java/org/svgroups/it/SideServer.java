package org.svgroups.it;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.svgroups.it.server.OpenfireInstance;
import org.svgroups.it.server.ServerDatabase;
import org.svgroups.it.server.ServerSetup;

/**
 * A server of a test's own, on the suite's ports and database engine, in {@code <work>/<name>} on a scratch
 * database of its own, while the suite's server is stopped; {@link #close()} stops it, drops its database and
 * starts the suite's server again. Its users: alice, bob and carol, friends of each other, and tess (17), alice's
 * friend, who must accept.
 */
final class SideServer implements AutoCloseable {

    private final OpenfireInstance suite;
    private final OpenfireInstance server;

    private SideServer(OpenfireInstance suite, OpenfireInstance server) {
        this.suite = suite;
        this.server = server;
    }

    /**
     * Stops the suite's server and provisions this one (not started).
     *
     * @param prepare what to do with the scratch database before Openfire is set up on it
     */
    static SideServer replacing(OpenfireInstance suite, String name, Path pluginJar, Consumer<ServerDatabase> prepare)
            throws Exception {
        suite.stop();
        try {
            Path distribution = Path.of(System.getProperty("openfire.home"));
            ServerDatabase database = ServerDatabase.create(RealOpenfire.databaseKind(), "svgroups_" + name,
                    distribution.resolve("lib"));
            try {
                prepare.accept(database);
                return new SideServer(suite, OpenfireInstance.provision(distribution,
                        RealOpenfire.workDirectory().resolve(name), pluginJar, setup(), database));
            } catch (Exception e) {
                database.close();
                throw e;
            }
        } catch (Exception e) {
            suite.start();
            throw e;
        }
    }

    OpenfireInstance server() {
        return server;
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            suite.start();
        }
    }

    private static ServerSetup setup() {
        return ServerSetup.builder(RealOpenfire.DOMAIN)
                .user("alice", RealOpenfire.PASSWORD).user("bob", RealOpenfire.PASSWORD)
                .user("carol", RealOpenfire.PASSWORD).user("tess", RealOpenfire.PASSWORD)
                .friends("alice", "bob").friends("alice", "carol").friends("bob", "carol").friends("alice", "tess")
                .born("tess", RealOpenfire.bornYearsAgo(17))
                .build();
    }
}
