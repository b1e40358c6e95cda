package org.svgroups.it;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.svgroups.it.server.OpenfireInstance;
import org.svgroups.it.server.ServerSetup;

/**
 * Gives test classes one real Openfire with svgroups installed, started once for the whole run and stopped at
 * its end. Without {@code -Dopenfire.home} every real-server test is skipped, and one line says so.
 */
public final class RealOpenfire implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    public static final String DOMAIN = "svgroups.test";
    public static final String SERVICE = "groups." + DOMAIN;
    public static final String PASSWORD = "secret";
    /** Enough users to fill a group of 32 and try a 33rd. */
    public static final int NUMBERED_USERS = 33;

    /** alice, bob, carol and dave are all friends; alice is also friends with every numbered user m01..m33. */
    static final ServerSetup SETUP = setup();

    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    /** Without an Openfire home every test is reported as skipped, and one line says why. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!openfireHome().isEmpty()) {
            return ConditionEvaluationResult.enabled("Openfire home given");
        }
        if (SKIP_REPORTED.compareAndSet(false, true)) {
            System.out.println("svgroups real-server suite SKIPPED: no Openfire home given "
                    + "(run with -Dopenfire.home=/path/to/openfire-5.1.1 or OPENFIRE_HOME=... ./test.sh)");
        }
        return ConditionEvaluationResult.disabled("no -Dopenfire.home: the real-server suite was not run");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String home = openfireHome();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningServer.class, key -> RunningServer.start(Path.of(home)), RunningServer.class);
    }

    private static String openfireHome() {
        return System.getProperty("openfire.home", "").trim();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OpenfireInstance.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(RunningServer.class, RunningServer.class).server;
    }

    public static String numbered(int i) {
        return String.format("m%02d", i);
    }

    private static ServerSetup setup() {
        ServerSetup.Builder builder = ServerSetup.builder(DOMAIN);
        String[] friends = {"alice", "bob", "carol", "dave"};
        for (String user : friends) {
            builder.user(user, PASSWORD);
        }
        for (int i = 0; i < friends.length; i++) {
            for (int j = i + 1; j < friends.length; j++) {
                builder.friends(friends[i], friends[j]);
            }
        }
        for (int i = 1; i <= NUMBERED_USERS; i++) {
            builder.user(numbered(i), PASSWORD).friends("alice", numbered(i));
        }
        return builder.build();
    }

    /** The server of this run; JUnit closes it after the last test. */
    private static final class RunningServer implements CloseableResource {
        private final OpenfireInstance server;

        private RunningServer(OpenfireInstance server) {
            this.server = server;
        }

        static RunningServer start(Path distribution) {
            try {
                Path work = Path.of(System.getProperty("svgroups.it.work", "target/openfire-it"));
                Path pluginJar = Path.of(System.getProperty("svgroups.plugin.jar", "../plugin/target/svgroups.jar"));
                OpenfireInstance server = OpenfireInstance.provision(distribution, work.resolve("home").toAbsolutePath(),
                        pluginJar.toAbsolutePath(), SETUP);
                System.out.println("svgroups real-server suite: starting Openfire from " + distribution + " in " + server.home());
                server.start();
                return new RunningServer(server);
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the real Openfire: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            server.stop();
        }
    }
}
