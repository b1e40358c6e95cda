package org.svgroups.it;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.svgroups.it.server.OpenfireInstance;
import org.svgroups.it.server.ServerDatabase;
import org.svgroups.it.server.ServerSetup;

/**
 * Gives test classes one real Openfire with svgroups installed, started once for the whole run and stopped at
 * its end, on the database {@code -Dopenfire.database} names ({@code embedded}, the default, {@code postgresql} or
 * {@code mariadb}: a scratch database on the machine's server, dropped at the end). Without
 * {@code -Dopenfire.home} every real-server test is skipped, and one line says so.
 */
public final class RealOpenfire implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    public static final String DOMAIN = "svgroups.test";
    public static final String SERVICE = "groups." + DOMAIN;
    public static final String PASSWORD = "secret";
    /** Enough users to fill a group of 32 and try a 33rd. */
    public static final int NUMBERED_USERS = 33;

    /** Adult with no contacts at all: nobody's friend. */
    public static final String STRANGER = "sam";
    /** Follows alice, who does not follow back (olga's subscription is {@code to}, alice's {@code from}). */
    public static final String FOLLOWS_ALICE = "olga";
    /** Followed by alice, does not follow back (alice's subscription is {@code to}, otto's {@code from}). */
    public static final String FOLLOWED_BY_ALICE = "otto";
    /** alice's friend (mutual subscription) who blocks alice (XEP-0191) in the tests that need it. */
    public static final String BLOCKER = "bea";
    /** 14 and a half: under the minimum age of 16; friend of alice and carol. */
    public static final String UNDER_AGE = "kim";
    /** 17 and a half: a minor (under 18), who must consent; friend of alice and carol. */
    public static final String MINOR = "tess";
    /** Friends of bob only (not of alice, carol or dave). */
    public static final String BOBS_FRIEND = "ben";
    public static final String BOBS_OTHER_FRIEND = "bella";
    /** Uses up her daily group and hourly invitation allowances; friend of rf1..rf6 only. */
    public static final String RATE_LIMITED = "rita";
    /** rita's friends. */
    public static final int RITAS_FRIENDS = 6;
    /** Shares into her own group until the per-minute share limit refuses her; nobody's friend. */
    public static final String SHARE_RATE_LIMITED = "sharon";

    /** Shares one user may send per minute ({@code svgroups.share.per-minute}). */
    public static final int SHARES_PER_MINUTE = 20;
    /** Reports one user may make per hour ({@code svgroups.reports.per-hour}); alice makes 10 in the report tests. */
    public static final int REPORTS_PER_HOUR = 12;
    /** How long the plugin waits for the catalogue ({@code svgroups.share.catalogue.timeout}). */
    public static final long CATALOGUE_TIMEOUT_MILLIS = 1500;

    /**
     * alice, bob, carol and dave are all friends; alice is also friends with every numbered user m01..m33. The
     * users named by the constants above add strangers, one-way follows, a blocker, an under-age user, a minor,
     * friends of bob alone, rita with her friends rf1..rf6 for the rate limits, and sharon for the share rate limit.
     * Sharing allows the {@link TestCatalogue}'s hosts and asks that catalogue (already listening, on loopback);
     * events for absent members go to the {@link TestNotifyEndpoint}, signed with its secret.
     */
    static ServerSetup setup(TestCatalogue catalogue, TestNotifyEndpoint notify) {
        ServerSetup.Builder builder = users();
        builder.property("svgroups.notify.url", notify.url())
                .property("svgroups.notify.secret", TestNotifyEndpoint.SECRET);
        builder.property("svgroups.share.origins",
                        TestCatalogue.VIDEOS + ", " + TestCatalogue.SHOP + ", " + TestCatalogue.CDN)
                .property("svgroups.share.catalogue.url", catalogue.urlTemplate())
                .property("svgroups.share.catalogue.timeout", Long.toString(CATALOGUE_TIMEOUT_MILLIS))
                .property("svgroups.share.per-minute", Integer.toString(SHARES_PER_MINUTE))
                .property("svgroups.reports.per-hour", Integer.toString(REPORTS_PER_HOUR));
        return builder.build();
    }

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

    /** The database engine the suite's servers run on ({@code -Dopenfire.database}). */
    public static ServerDatabase.Kind databaseKind() {
        return ServerDatabase.Kind.fromParameter(System.getProperty("openfire.database"));
    }

    /** Where the suite's servers get their homes ({@code -Dsvgroups.it.work}), absolute. */
    public static Path workDirectory() {
        return Path.of(System.getProperty("svgroups.it.work", "target/openfire-it")).toAbsolutePath();
    }

    /** The plugin jar under test ({@code -Dsvgroups.plugin.jar}), absolute. */
    public static Path pluginJar() {
        return Path.of(System.getProperty("svgroups.plugin.jar", "../plugin/target/svgroups.jar")).toAbsolutePath().normalize();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == OpenfireInstance.class || type == TestCatalogue.class || type == TestNotifyEndpoint.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningServer running = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == TestNotifyEndpoint.class) {
            return running.notify;
        }
        return type == TestCatalogue.class ? running.catalogue : running.server;
    }

    /** The server of this run, for other extensions (e.g. the admin console's); started by this one's beforeAll. */
    public static OpenfireInstance server(ExtensionContext context) {
        return running(context).server;
    }

    private static RunningServer running(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(RunningServer.class, RunningServer.class);
    }

    public static String numbered(int i) {
        return String.format("m%02d", i);
    }

    /**
     * A birthdate that makes someone {@code years} and a half old today (e.g. 2009-05-25 for 17 on 2026-11-25): half a
     * year from either birthday, so that the suite does not change meaning as time passes or across time zones.
     */
    public static String bornYearsAgo(int years) {
        return LocalDate.now(ZoneOffset.UTC).minusYears(years).minusMonths(6).toString();
    }

    public static String ritasFriend(int i) {
        return "rf" + i;
    }

    private static ServerSetup.Builder users() {
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
        for (String user : new String[] {STRANGER, FOLLOWS_ALICE, FOLLOWED_BY_ALICE, BLOCKER, UNDER_AGE, MINOR,
                BOBS_FRIEND, BOBS_OTHER_FRIEND}) {
            builder.user(user, PASSWORD);
        }
        builder.follows(FOLLOWS_ALICE, "alice")
                .follows("alice", FOLLOWED_BY_ALICE)
                .friends("alice", BLOCKER)
                .friends("alice", UNDER_AGE).friends("carol", UNDER_AGE).born(UNDER_AGE, bornYearsAgo(14))
                .friends("alice", MINOR).friends("carol", MINOR).born(MINOR, bornYearsAgo(17))
                .friends("bob", BOBS_FRIEND)
                .friends("bob", BOBS_OTHER_FRIEND);
        builder.user(RATE_LIMITED, PASSWORD);
        for (int i = 1; i <= RITAS_FRIENDS; i++) {
            builder.user(ritasFriend(i), PASSWORD).friends(RATE_LIMITED, ritasFriend(i));
        }
        builder.user(SHARE_RATE_LIMITED, PASSWORD);
        return builder;
    }

    /** The server of this run and the catalogue it asks; JUnit closes both after the last test. */
    private static final class RunningServer implements CloseableResource {
        private final OpenfireInstance server;
        private final TestCatalogue catalogue;
        private final TestNotifyEndpoint notify;

        private RunningServer(OpenfireInstance server, TestCatalogue catalogue, TestNotifyEndpoint notify) {
            this.server = server;
            this.catalogue = catalogue;
            this.notify = notify;
        }

        static RunningServer start(Path distribution) {
            TestCatalogue catalogue = null;
            TestNotifyEndpoint notify = null;
            ServerDatabase database = null;
            OpenfireInstance server = null;
            try {
                database = ServerDatabase.create(databaseKind(), "svgroups_it", distribution.resolve("lib"));
                // First the catalogue and the notify endpoint: their ports go into the server's settings.
                catalogue = TestCatalogue.start();
                notify = TestNotifyEndpoint.start();
                System.out.println("svgroups real-server suite: Openfire from " + distribution + " on " + database.describe());
                server = OpenfireInstance.provision(distribution, workDirectory().resolve("home"), pluginJar(),
                        setup(catalogue, notify), database);
                database = null;
                System.out.println("svgroups real-server suite: starting Openfire in " + server.home());
                server.start();
                return new RunningServer(server, catalogue, notify);
            } catch (Exception e) {
                if (catalogue != null) {
                    catalogue.close();
                }
                if (notify != null) {
                    notify.close();
                }
                try {
                    if (server != null) {
                        server.close();
                    } else if (database != null) {
                        database.close();
                    }
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
                throw new IllegalStateException("Could not start the real Openfire: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws InterruptedException, java.io.IOException {
            try {
                server.close();
            } finally {
                catalogue.close();
                notify.close();
            }
        }
    }
}
