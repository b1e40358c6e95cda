package org.svgroups.loadgen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Times svgroups' reconciliation of everyone's bookmarks on plugin load ({@code --reconcile-users}), each round
 * on a freshly provisioned server: the first load (nobody has bookmarks: all are written), a reload of the plugin
 * (all in line: reads only, with Openfire's caches warm) and a server restart (reads only, caches cold). The
 * figures are the plugin's own ("reconciled ... in X ms") and the server process's CPU time over the wall time
 * until that line, from the moment the server is up (first load), the reload begins, or the process starts
 * (restart); pings and logins (see {@link Responsiveness}) during the first load
 * and the reload, and for {@code --duration} after each, tell whether the server stays responsive.
 */
final class ReconcileProbe {

    static final String FIRST = "first load";
    static final String RELOAD = "reload";
    static final String RESTART = "restart";
    private static final Duration TIMEOUT = Duration.ofMinutes(60);

    /** Pings and logins of one phase; all latencies in microseconds. */
    record Probes(long pings, long failedPings, long pingP50, long pingP99, long pingMax,
                  long logins, long failedLogins, long loginP50, long loginMax) {
        static Probes of(Responsiveness.Phase phase) {
            return new Probes(phase.pings().count(), phase.failedPings().get(), phase.pings().percentile(50),
                    phase.pings().percentile(99), phase.pings().max(), phase.logins().count(), phase.failedLogins().get(),
                    phase.logins().percentile(50), phase.logins().max());
        }

        static final Probes NONE = new Probes(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * One reconciliation.
     *
     * @param cpuCores the server's CPU seconds per wall second from its (re)start until the reconciliation had finished
     */
    record Result(int round, String load, int users, long millis, double cpuCores, Probes during, Probes after) {
        double usersPerSecond() {
            return users * 1000.0 / millis;
        }
    }

    private final Options options;
    private final ReconcileLayout layout;

    ReconcileProbe(Options options) {
        this.options = options;
        this.layout = new ReconcileLayout(options.reconcileUsers(), options.members());
    }

    List<Result> run() throws Exception {
        System.out.printf(Locale.ROOT, "%d users in %d groups of up to %d (%d memberships), %d load users pinging at %.0f/s%n",
                layout.users(), layout.groups(), layout.size(), layout.memberships(), options.users(), options.rate());
        List<Result> results = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            List<Result> these = round(round);
            these.forEach(r -> System.out.println(line(r)));
            results.addAll(these);
        }
        return results;
    }

    private List<Result> round(int round) throws Exception {
        List<Result> results = new ArrayList<>();
        try (ScratchServer server = ScratchServer.startForReconciliation(options, layout)) {
            double cpu = ReconcileLog.cpuSeconds(server.pid());
            Instant started = Instant.now();
            List<String> usernames = new ArrayList<>();
            for (int u = 0; u < options.users(); u++) {
                usernames.add(options.username(u));
            }
            try (Fleet fleet = Fleet.connect(options, usernames)) {
                System.out.printf(Locale.ROOT, "round %d: %d load users logged in %d ms after the start%n", round,
                        fleet.size(), Duration.between(started, Instant.now()).toMillis());
                try (Responsiveness probes = new Responsiveness(options, fleet, FIRST)) {
                    results.add(measure(round, FIRST, server, server.logAtStart(), started, cpu, probes));
                    probes.phase(RELOAD);
                    cpu = ReconcileLog.cpuSeconds(server.pid());
                    started = Instant.now();
                    long logBefore = server.logBytes();
                    server.reloadPlugin();
                    results.add(measure(round, RELOAD, server, logBefore, started, cpu, probes));
                    probes.phase("idle");
                }
            }
            // Also a check that the first load wrote everyone's bookmarks; the restart it needs is measured too.
            long logBefore = server.logBytes();
            Map<String, Object> stored = server.queryWhileStopped("SELECT"
                    + " (SELECT COUNT(*) FROM ofPubsubItem WHERE nodeID = 'storage:bookmarks') AS items,"
                    + " (SELECT COUNT(DISTINCT userJID) FROM ofSvgBookmark) AS holders"
                    + " FROM ofVersion WHERE name = 'svgroups'").get(0);
            System.out.printf(Locale.ROOT, "round %d: stored bookmarks of %s users, svgroups placed bookmarks for %s%n",
                    round, stored.get("items"), stored.get("holders"));
            // queryWhileStopped has started the server again: measure that reconciliation as well, without probes,
            // and its CPU from the process's start (the JVM's own start-up included).
            ReconcileLog.Done done = awaitDone(server, logBefore);
            long pid = server.pid();
            Instant processStart = ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()).orElseThrow();
            results.add(new Result(round, RESTART, done.users(), done.millis(),
                    ReconcileLog.cpuSeconds(pid) / secondsSince(processStart), Probes.NONE, Probes.NONE));
        }
        return results;
    }

    /**
     * Waits for the first "reconciled" line after {@code logFrom} bytes of the log, then keeps the probes going for
     * {@code --duration} in phase "after LOAD".
     */
    private Result measure(int round, String load, ScratchServer server, long logFrom, Instant started, double cpuBefore,
                           Responsiveness probes) throws Exception {
        ReconcileLog.Done done = awaitDone(server, logFrom);
        double cores = (ReconcileLog.cpuSeconds(server.pid()) - cpuBefore) / secondsSince(started);
        probes.phase("after " + load);
        Thread.sleep(options.duration().toMillis());
        return new Result(round, load, done.users(), done.millis(), cores, Probes.of(probes.of(load)),
                Probes.of(probes.of("after " + load)));
    }

    /**
     * The first reconciliation the log reports after its first {@code logFrom} bytes, once there is one; the log is
     * read every 200 ms (the generator shares the CPU with the server).
     */
    private static ReconcileLog.Done awaitDone(ScratchServer server, long logFrom) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        long from = logFrom;
        while (true) {
            ScratchServer.LogLines lines = server.logFrom(from);
            from += lines.bytes();
            List<ReconcileLog.Done> done = ReconcileLog.done(lines.text());
            if (!done.isEmpty()) {
                return done.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no reconciliation finished within " + TIMEOUT.toMinutes() + " minutes; see "
                        + server.home().resolve("logs/openfire.log"));
            }
            Thread.sleep(200);
        }
    }

    private static double secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toNanos() / 1e9;
    }

    static String line(Result r) {
        return String.format(Locale.ROOT, "round %d %-10s %6d users %9.1f s %7.0f users/s  CPU %4.2f cores  %s", r.round(),
                r.load(), r.users(), r.millis() / 1000.0, r.usersPerSecond(), r.cpuCores(),
                r.load().equals(RESTART) ? "(no probes)" : "during: " + probes(r.during()) + "  after: " + probes(r.after()));
    }

    private static String probes(Probes p) {
        return String.format(Locale.ROOT, "%d pings (%d failed) p50 %.1f p99 %.1f max %.1f ms, %d logins (%d failed) p50 %.0f max %.0f ms",
                p.pings(), p.failedPings(), p.pingP50() / 1000.0, p.pingP99() / 1000.0, p.pingMax() / 1000.0, p.logins(),
                p.failedLogins(), p.loginP50() / 1000.0, p.loginMax() / 1000.0);
    }

    /** The medians over the rounds of each load, one line each. */
    static List<String> medians(List<Result> results) {
        List<String> lines = new ArrayList<>();
        for (String load : List.of(FIRST, RELOAD, RESTART)) {
            List<Result> runs = results.stream().filter(r -> r.load().equals(load)).toList();
            if (runs.isEmpty()) {
                continue;
            }
            String probes = load.equals(RESTART) ? "" : String.format(Locale.ROOT,
                    "  ping p50/p99 during %.1f/%.1f ms, after %.1f/%.1f ms; login p50 during %.0f ms, after %.0f ms",
                    m(runs, r -> r.during().pingP50()) / 1000, m(runs, r -> r.during().pingP99()) / 1000,
                    m(runs, r -> r.after().pingP50()) / 1000, m(runs, r -> r.after().pingP99()) / 1000,
                    m(runs, r -> r.during().loginP50()) / 1000, m(runs, r -> r.after().loginP50()) / 1000);
            lines.add(String.format(Locale.ROOT, "median of %d %-10s %9.1f s %7.0f users/s  CPU %4.2f cores%s", runs.size(),
                    load, m(runs, Result::millis) / 1000, m(runs, Result::usersPerSecond), m(runs, Result::cpuCores), probes));
        }
        return lines;
    }

    private static double m(List<Result> runs, ToDoubleFunction<Result> value) {
        return Summary.median(runs, value);
    }

    static String csv(List<Result> results) {
        return results.stream().map(r -> String.join(",", Integer.toString(r.round()), Report.csvText(r.load()),
                        Integer.toString(r.users()), Long.toString(r.millis()), String.format(Locale.ROOT, "%.3f", r.cpuCores()),
                        probesCsv(r.during()), probesCsv(r.after())))
                .collect(Collectors.joining("\n", "round,load,users,millis,cpu_cores," + probesHeader("during") + ","
                        + probesHeader("after") + "\n", "\n"));
    }

    private static String probesHeader(String phase) {
        return List.of("pings", "failed_pings", "ping_p50_us", "ping_p99_us", "ping_max_us", "logins", "failed_logins",
                "login_p50_us", "login_max_us").stream().map(c -> phase + "_" + c).collect(Collectors.joining(","));
    }

    private static String probesCsv(Probes p) {
        return List.of(p.pings(), p.failedPings(), p.pingP50(), p.pingP99(), p.pingMax(), p.logins(), p.failedLogins(),
                p.loginP50(), p.loginMax()).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
