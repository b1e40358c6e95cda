package org.svgroups.it;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.svgroups.it.server.Node;
import org.svgroups.it.server.OpenfireInstance;
import org.svgroups.it.server.ServerDatabase;
import org.svgroups.it.server.ServerSetup;

/**
 * Gives test classes a real two-node Openfire cluster (Openfire's Hazelcast plugin, tcp-ip discovery) with svgroups
 * installed on both: node A on 127.0.0.2 and node B on 127.0.0.3, each from its own home, on one scratch PostgreSQL
 * database that A sets up and B joins. Started once, stopped and the database dropped at the end. Without
 * {@code -Dopenfire.home} and {@code -Dhazelcast.jar} the cluster tests are skipped, and one line says so.
 */
public final class RealCluster implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    public static final String NODE_A = "127.0.0.2";
    public static final String NODE_B = "127.0.0.3";
    /**
     * Groups one user may create per day, low enough to use up across the two nodes (and enough for alice, who
     * creates three in ClusterIT).
     */
    public static final int GROUPS_PER_DAY = 3;
    /** What the Hazelcast plugin logs once its node is in the cluster. */
    public static final String JOINED = "Joined cluster\\. XMPPServer node=";
    /** What Hazelcast logs once it sees both members. */
    public static final String TWO_MEMBERS = "Members \\{size:2,";
    /** What svgroups logs when it reconciles bookmarks and membership records, and when it leaves that to the senior. */
    public static final String RECONCILES = "svgroups reconciles every member's bookmarks";
    public static final String LEAVES_IT = "svgroups leaves the reconciliation of bookmarks";

    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!property("openfire.home").isEmpty() && !property("hazelcast.jar").isEmpty()) {
            return ConditionEvaluationResult.enabled("Openfire home and Hazelcast plugin given");
        }
        if (SKIP_REPORTED.compareAndSet(false, true)) {
            System.out.println("svgroups cluster suite NOT RUN: it needs -Dopenfire.home=/path/to/openfire-5.1.1 and "
                    + "-Dhazelcast.jar=/path/to/hazelcast-openfire-plugin-assembly.jar (built from "
                    + "igniterealtime/openfire-hazelcast-plugin)");
        }
        return ConditionEvaluationResult.disabled("no -Dopenfire.home or -Dhazelcast.jar: the cluster suite was not run");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Cluster.class,
                key -> Cluster.start(Path.of(property("openfire.home")), Path.of(property("hazelcast.jar"))),
                Cluster.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Cluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(Cluster.class, Cluster.class);
    }

    private static String property(String name) {
        return System.getProperty(name, "").trim();
    }

    /**
     * alice, bob, carol and dave are all friends; tess (17, a minor who must accept) is a friend of alice and carol;
     * sam is nobody's friend; rita is friends with rf1 and rf2.
     */
    static ServerSetup setup() {
        ServerSetup.Builder builder = ServerSetup.builder(RealOpenfire.DOMAIN);
        String[] friends = {"alice", "bob", "carol", "dave"};
        for (String user : friends) {
            builder.user(user, RealOpenfire.PASSWORD);
        }
        for (int i = 0; i < friends.length; i++) {
            for (int j = i + 1; j < friends.length; j++) {
                builder.friends(friends[i], friends[j]);
            }
        }
        builder.user(RealOpenfire.MINOR, RealOpenfire.PASSWORD).friends("alice", RealOpenfire.MINOR)
                .friends("carol", RealOpenfire.MINOR).born(RealOpenfire.MINOR, RealOpenfire.bornYearsAgo(17));
        builder.user(RealOpenfire.STRANGER, RealOpenfire.PASSWORD);
        builder.user(RealOpenfire.RATE_LIMITED, RealOpenfire.PASSWORD);
        for (int i = 1; i <= 2; i++) {
            builder.user(RealOpenfire.ritasFriend(i), RealOpenfire.PASSWORD)
                    .friends(RealOpenfire.RATE_LIMITED, RealOpenfire.ritasFriend(i));
        }
        builder.property("svgroups.rate.groups-per-day", Integer.toString(GROUPS_PER_DAY));
        return builder.build();
    }

    /** The two nodes and their shared database; JUnit closes them after the last test. */
    public static final class Cluster implements CloseableResource {
        private final OpenfireInstance a;
        private final OpenfireInstance b;
        private final ServerDatabase database;
        private final int reconciliationsOfABeforeTheCluster;

        private Cluster(OpenfireInstance a, OpenfireInstance b, ServerDatabase database, int reconciliationsOfA) {
            this.a = a;
            this.b = b;
            this.database = database;
            this.reconciliationsOfABeforeTheCluster = reconciliationsOfA;
        }

        /** How often node A had reconciled in its log (its provisioning start, alone) before the cluster started. */
        public int reconciliationsOfABeforeTheCluster() {
            return reconciliationsOfABeforeTheCluster;
        }

        public OpenfireInstance a() {
            return a;
        }

        public OpenfireInstance b() {
            return b;
        }

        static Cluster start(Path distribution, Path hazelcastJar) {
            ServerDatabase database = null;
            OpenfireInstance a = null;
            OpenfireInstance b = null;
            try {
                database = ServerDatabase.create(ServerDatabase.Kind.POSTGRESQL, "svgroups_cluster_it",
                        distribution.resolve("lib"));
                Path work = RealOpenfire.workDirectory();
                Path pluginJar = RealOpenfire.pluginJar();
                List<String> members = List.of(NODE_A, NODE_B);
                ServerSetup setup = setup();
                System.out.println("svgroups cluster suite: two Openfire nodes from " + distribution + " with "
                        + hazelcastJar + " on " + database.describe());
                a = OpenfireInstance.provision(distribution, work.resolve("cluster-a"), pluginJar, setup, database,
                        Node.clusterMember(NODE_A, hazelcastJar, members));
                b = OpenfireInstance.provisionJoining(distribution, work.resolve("cluster-b"), pluginJar, setup,
                        database, Node.clusterMember(NODE_B, hazelcastJar, members));
                int reconciliationsOfA = a.logged(RECONCILES);
                int joinsOfA = a.logged(JOINED);
                a.start();
                a.awaitLogged(JOINED, joinsOfA + 1);
                b.start();
                b.awaitLogged(TWO_MEMBERS, 1);
                a.awaitLogged(TWO_MEMBERS, 1);
                return new Cluster(a, b, database, reconciliationsOfA);
            } catch (Exception e) {
                for (OpenfireInstance node : new OpenfireInstance[] {b, a}) {
                    try {
                        if (node != null) {
                            node.close();
                        }
                    } catch (Exception stopping) {
                        e.addSuppressed(stopping);
                    }
                }
                try {
                    if (database != null) {
                        database.close();
                    }
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
                throw new IllegalStateException("Could not start the Openfire cluster: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            try {
                b.close();
                a.close();
            } finally {
                database.close();
            }
        }
    }
}
