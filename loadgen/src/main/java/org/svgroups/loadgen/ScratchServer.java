package org.svgroups.loadgen;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.svgroups.it.server.OpenfireInstance;
import org.svgroups.it.server.ServerSetup;

/**
 * A scratch Openfire for one load run, provisioned through the integration-test harness: the load users with their
 * star rosters (autosetup writes them into the embedded database before the first start), minors for pending
 * invitations, and svgroups' settings raised so that no rate limit trips during a run.
 */
final class ScratchServer implements AutoCloseable {

    /** Minors (17 and a half today) are named PREFIX + "m" + number; friends of every owner. */
    static final String MINOR_INFIX = "m";

    private final OpenfireInstance server;
    /** Logged in on first use: only --settings needs the admin console. */
    private ConsoleProperties console;

    private ScratchServer(OpenfireInstance server) {
        this.server = server;
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
        // Limits a real app keeps low, raised so that a load run measures the paths rather than the refusals.
        setup.property("svgroups.rate.invitations-per-hour", "100000")
                .property("svgroups.rate.groups-per-day", "100000")
                .property("svgroups.share.per-minute", "10000")
                .property("svgroups.group.member-cap", Integer.toString(Math.max(32, layout.members() + Math.max(1, minors))))
                .property("svgroups.friends.source", "roster");
        catalogueUrl.ifPresent(url -> setup.property("svgroups.share.origins", LoopbackCatalogue.HOST)
                .property("svgroups.share.catalogue.url", url));
        OpenfireInstance server = OpenfireInstance.provision(options.openfireHome(),
                options.work().resolve("home").toAbsolutePath(), options.pluginJar().toAbsolutePath(), setup.build());
        System.out.println("Starting Openfire in " + server.home() + " ...");
        server.start();
        if (options.withoutPlugin()) {
            server.uninstallPlugin();
            System.out.println("svgroups uninstalled: plain Openfire.");
        }
        return new ScratchServer(server);
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

    @Override
    public void close() throws InterruptedException {
        server.stop();
    }
}
