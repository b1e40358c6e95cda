package org.svgroups.loadgen;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.svgroups.it.server.OpenfireInstance;
import org.svgroups.it.server.ServerDatabase;
import org.svgroups.it.server.ServerSetup;

/**
 * A scratch Openfire for one load run, provisioned through the integration-test harness on the {@code --database}
 * (a scratch database of the harness's {@link ServerDatabase}, dropped when the server is closed): the load users
 * with their star rosters (autosetup writes them into the database before the first start), minors for pending
 * invitations, and svgroups' settings raised so that no rate limit trips during a run.
 */
final class ScratchServer implements AutoCloseable {

    /** Minors (17 and a half today) are named PREFIX + "m" + number; friends of every owner. */
    static final String MINOR_INFIX = "m";

    private final OpenfireInstance server;
    /** The size of the server's log before its last start here, in bytes: what that start logged comes after. */
    private final long logAtStart;
    /** Logged in on first use: only --settings needs the admin console. */
    private ConsoleProperties console;

    private ScratchServer(OpenfireInstance server, long logAtStart) {
        this.server = server;
        this.logAtStart = logAtStart;
    }

    /**
     * Provisions and starts the server; with {@code --without-plugin} uninstalls svgroups once it has started.
     *
     * @param catalogueUrl the loopback catalogue's URL template, or empty when no mix shares
     */
    static ScratchServer start(Options options, Layout layout, int minors, Optional<String> catalogueUrl)
            throws IOException, InterruptedException {
        ServerSetup.Builder setup = ServerSetup.builder(options.domain());
        for (int u = 0; u < options.users(); u++) {
            setup.user(options.username(u), options.password());
        }
        for (List<Integer> pair : layout.friendships()) {
            setup.friends(options.username(pair.get(0)), options.username(pair.get(1)));
        }
        String minorBirthdate = LocalDate.now(ZoneOffset.UTC).minusYears(17).minusMonths(6).toString();
        for (int m = 0; m < minors; m++) {
            String minor = minor(options, m);
            setup.user(minor, options.password()).born(minor, minorBirthdate);
            for (int g = 0; g < layout.groups(); g++) {
                setup.friends(options.username(layout.owner(g)), minor);
            }
        }
        raiseLimits(setup, Math.max(32, layout.members() + Math.max(1, minors)));
        catalogueUrl.ifPresent(url -> setup.property("svgroups.share.origins", LoopbackCatalogue.HOST)
                .property("svgroups.share.catalogue.url", url));
        ScratchServer server = provisionAndStart(options, setup);
        if (options.withoutPlugin()) {
            server.uninstallPlugin();
            System.out.println("svgroups uninstalled: plain Openfire.");
        }
        return server;
    }

    /**
     * Provisions and starts a server for a bookmark reconciliation run: the load users (they log in and ping),
     * the {@code --reconcile-users} written straight into the database, and the layout's groups on svgroups'
     * service (which the first, provisioning start creates), with nobody's bookmarks stored yet.
     */
    static ScratchServer startForReconciliation(Options options, ReconcileLayout layout)
            throws IOException, InterruptedException {
        ServerSetup.Builder setup = ServerSetup.builder(options.domain());
        for (int u = 0; u < options.users(); u++) {
            setup.user(options.username(u), options.password());
        }
        for (int u = 0; u < layout.users(); u++) {
            setup.bulkUser(options.reconcileUsername(u));
        }
        String service = options.services().get(0);
        for (int g = 0; g < layout.groups(); g++) {
            List<String> members = layout.members(g).stream().map(options::reconcileUsername).toList();
            setup.room(service, "lgr" + (g + 1), "Group " + (g + 1), members.get(0), members.subList(1, members.size()));
        }
        raiseLimits(setup, Math.max(32, layout.size()));
        return provisionAndStart(options, setup);
    }

    /**
     * Provisions and starts a server for a link-join run: {@code adults} (born 30 years ago) and {@code minors} (17
     * and a half), all with passwords and no roster (nobody needs a friend: adults join without one), and groups of
     * up to {@code size}.
     */
    static ScratchServer startForLinkJoins(Options options, List<String> adults, List<String> minors, int size)
            throws IOException, InterruptedException {
        ServerSetup.Builder setup = ServerSetup.builder(options.domain());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String adult : adults) {
            setup.user(adult, options.password()).born(adult, today.minusYears(30).toString());
        }
        for (String minor : minors) {
            setup.user(minor, options.password()).born(minor, today.minusYears(17).minusMonths(6).toString());
        }
        raiseLimits(setup, size);
        return provisionAndStart(options, setup);
    }

    /** Limits a real app keeps low, raised so that a load run measures the paths rather than the refusals. */
    private static void raiseLimits(ServerSetup.Builder setup, int memberCap) {
        setup.property("svgroups.rate.invitations-per-hour", "100000")
                .property("svgroups.rate.groups-per-day", "100000")
                .property("svgroups.share.per-minute", "10000")
                .property("svgroups.group.member-cap", Integer.toString(memberCap))
                .property("svgroups.friends.source", "roster");
    }

    private static ScratchServer provisionAndStart(Options options, ServerSetup.Builder setup)
            throws IOException, InterruptedException {
        ServerDatabase database;
        try {
            database = ServerDatabase.create(options.database(), "svgroups_loadgen", options.openfireHome().resolve("lib"));
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not prepare the " + options.database().parameter() + " database", e);
        }
        OpenfireInstance server;
        try {
            server = OpenfireInstance.provision(options.openfireHome(), options.work().resolve("home").toAbsolutePath(),
                    options.pluginJar().toAbsolutePath(), setup.build(), database);
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeQuietly(database, e);
            throw e;
        }
        System.out.println("Starting Openfire in " + server.home() + " on " + database.describe() + " ...");
        ScratchServer scratch = new ScratchServer(server, logBytes(server.home()));
        try {
            server.start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // Nobody else will: a scratch database must not outlive a failed start.
            closeQuietly(server, e);
            throw e;
        }
        return scratch;
    }

    private static void closeQuietly(AutoCloseable resource, Exception failure) {
        try {
            resource.close();
        } catch (Exception closing) {
            failure.addSuppressed(closing);
        }
    }

    static String minor(Options options, int m) {
        return options.userPrefix() + MINOR_INFIX + String.format(java.util.Locale.ROOT, "%04d", m + 1);
    }

    /** The server's process id, for jcmd: the one JVM whose command line names this home. */
    long pid() {
        String marker = "-DopenfireHome=" + server.home();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no running Openfire with " + marker))
                .pid();
    }

    /** Removes svgroups (Openfire unloads it; its groups stay); {@link #reinstallPlugin()} brings it back. */
    void uninstallPlugin() throws IOException, InterruptedException {
        server.uninstallPlugin();
    }

    void reinstallPlugin() throws IOException, InterruptedException {
        server.reinstallPlugin();
    }

    /** Replaces the plugin jar and waits until Openfire has unloaded and loaded svgroups again. */
    void reloadPlugin() throws IOException, InterruptedException {
        server.reloadPlugin();
    }

    /** Stops the server, runs one query on its database, and starts it again (see OpenfireInstance). */
    List<Map<String, Object>> queryWhileStopped(String sql) throws IOException, InterruptedException {
        return server.queryWhileStopped(sql);
    }

    long logAtStart() {
        return logAtStart;
    }

    /** The size of the server's log now, in bytes. */
    long logBytes() throws IOException {
        return logBytes(server.home());
    }

    /**
     * The whole lines the server has logged after the first {@code offset} bytes (not the whole log: it grows by
     * megabytes), and how many bytes they take.
     */
    LogLines logFrom(long offset) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(logFile(server.home()).toFile(), "r")) {
            log.seek(offset);
            byte[] rest = new byte[(int) Math.max(0, log.length() - offset)];
            log.readFully(rest);
            int end = rest.length;
            while (end > 0 && rest[end - 1] != '\n') {
                end--;
            }
            return new LogLines(new String(rest, 0, end, StandardCharsets.UTF_8), end);
        }
    }

    record LogLines(String text, int bytes) {
    }

    private static long logBytes(Path home) throws IOException {
        Path log = logFile(home);
        return Files.exists(log) ? Files.size(log) : 0;
    }

    private static Path logFile(Path home) {
        return home.resolve("logs/openfire.log");
    }

    /**
     * Saves the settings' values on the running server through the admin console and deletes the other
     * {@code keys} (back to their defaults).
     */
    void apply(ServerSettings settings, java.util.Collection<String> keys) throws IOException, InterruptedException {
        if (console == null) {
            console = ConsoleProperties.login(java.net.URI.create("http://127.0.0.1:" + OpenfireInstance.ADMIN_PORT + "/"),
                    server.setup().adminPassword());
        }
        console.apply(settings.values(), keys);
        System.out.println("settings " + settings.label() + ": " + settings.values());
    }

    /**
     * Waits until the server has used less than a tenth of a core for a second, or {@code max} has passed.
     *
     * @return how long it waited
     */
    Duration settle(Duration max) throws InterruptedException {
        ProcessHandle process = ProcessHandle.of(pid()).orElseThrow();
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        Duration before = cpu(process);
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            Duration now = cpu(process);
            if (now.minus(before).toMillis() < 100) {
                break;
            }
            before = now;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(
                () -> new IllegalStateException("the server's CPU time cannot be read on this system"));
    }

    Path home() {
        return server.home();
    }

    /** Stops the server and drops its scratch database. */
    @Override
    public void close() throws InterruptedException, IOException {
        server.close();
    }
}
