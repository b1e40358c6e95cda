package org.svgroups.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.jivesoftware.smackx.ping.packet.Ping;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.CreatedLink;
import org.svgroups.client.SvGroupsException;

/**
 * Joining groups by invite link against a real server ({@code --link-joins N}), seen from the client: the time from
 * sending the join IQ ({@code urn:svgroups:links:0}) to its answer. Each of the {@code --rounds} runs, interleaved:
 * {@value #PING} (N users who have just logged in each ping the group service once: the floor of any IQ to it),
 * {@value #JOIN} (the same N users each join a group of an adult owner by its link and become members) and
 * {@value #REQUEST} (N other users each join a group of a minor owner, which holds them for approval: the answer is
 * {@code approval-pending}, the request is stored and the owner, in the room, is sent the request form). Every
 * joiner is a fresh adult (no friend needed); each run's groups are new, created by their owners just before, each
 * with one link of unlimited uses, and fill side by side up to {@code --members}. Closed loop with
 * {@code --concurrency} joins in flight, or paced at {@code --rate} joins per second. After each run the owners
 * check what the server holds: every joiner a member, or every request waiting. With a {@code --warmup} other than
 * 0s, an unmeasured round 0 of the same shape comes first (the server's JIT and caches warm up on it): its runs are
 * printed and kept out of the medians.
 */
final class LinkJoinProbe {

    static final String PING = "ping group service";
    static final String JOIN = "join, adult owner";
    static final String REQUEST = "join, minor owner (request)";
    private static final String OK = "ok";
    private static final String PENDING = "approval-pending";

    /**
     * One run of N operations.
     *
     * @param outcomes     how many ended how: "ok", a refusal's condition, or an exception's class
     * @param expected     how many ended as the run expects (ok, or approval-pending for requests); only those are in
     *                     the latencies
     * @param seconds      from the first send to the last answer
     * @param serverCores  the server process's CPU seconds per wall second over the run
     * @param loadBefore   the machine's 1-minute load average when the run started, and when it ended
     */
    record Run(int round, String variant, int operations, int expected, Map<String, Integer> outcomes, long p50, long p90,
               long p99, long max, double seconds, double serverCores, double loadBefore, double loadAfter) {
        double perSecond() {
            return operations / seconds;
        }
    }

    /** One operation of a run, by the index of its user in the run's batch; returns its outcome. */
    @FunctionalInterface
    private interface Op {
        String apply(int j) throws Exception;
    }

    private final Options options;
    private final LinkJoinLayout layout;
    /** 1 when round 0 warms up, else 0. */
    private final int warmup;
    private final DomainBareJid service;
    private final LatencyHistogram linkCreations = new LatencyHistogram();

    LinkJoinProbe(Options options) {
        this.options = options;
        this.warmup = options.warmup().isZero() ? 0 : 1;
        this.layout = new LinkJoinLayout(options.linkJoins(), options.members(), options.rounds() + warmup);
        this.service = JidCreate.domainBareFromOrThrowUnchecked(options.services().get(0) + "." + options.domain());
    }

    String owner(LinkJoinLayout.Kind kind, int g) {
        return String.format(Locale.ROOT, "%so%s%03d", options.userPrefix(), kind.infix.charAt(0), g + 1);
    }

    String joiner(int j) {
        return String.format(Locale.ROOT, "%sj%05d", options.userPrefix(), j + 1);
    }

    List<Run> run() throws Exception {
        List<String> owners = new ArrayList<>();
        List<String> adults = new ArrayList<>();
        List<String> minors = new ArrayList<>();
        for (LinkJoinLayout.Kind kind : LinkJoinLayout.Kind.values()) {
            for (int g = 0; g < layout.groups(); g++) {
                owners.add(owner(kind, g));
                (kind == LinkJoinLayout.Kind.MINOR_OWNER ? minors : adults).add(owner(kind, g));
            }
        }
        for (int j = 0; j < layout.joiners(); j++) {
            adults.add(joiner(j));
        }
        System.out.printf(Locale.ROOT, "%d joins per run into %d new groups of up to %d, %d rounds%s; %d users%n",
                layout.joins(), layout.groups(), layout.size(), options.rounds(), warmup == 1 ? " after a warmup round" : "",
                adults.size() + minors.size());
        List<Run> runs = new ArrayList<>();
        try (ScratchServer server = ScratchServer.startForLinkJoins(options, adults, minors, layout.size());
             Fleet ownerFleet = Fleet.connect(options, owners)) {
            for (int round = 1 - warmup; round <= options.rounds(); round++) {
                List<CreatedLink> adultLinks = groups(ownerFleet, round, LinkJoinLayout.Kind.ADULT_OWNER);
                List<CreatedLink> minorLinks = groups(ownerFleet, round, LinkJoinLayout.Kind.MINOR_OWNER);
                try (Fleet batch = joiners(round, LinkJoinLayout.Kind.ADULT_OWNER)) {
                    runs.add(print(measure(round, PING, server, OK, j -> {
                        batch.connection(j).createStanzaCollectorAndSend(new Ping(service)).nextResultOrThrow();
                        return OK;
                    })));
                    runs.add(print(measure(round, JOIN, server, OK, j -> join(batch, j, adultLinks))));
                }
                checkMembers(ownerFleet, round, adultLinks);
                try (Fleet batch = joiners(round, LinkJoinLayout.Kind.MINOR_OWNER)) {
                    runs.add(print(measure(round, REQUEST, server, PENDING, j -> join(batch, j, minorLinks))));
                }
                checkRequests(ownerFleet, round, minorLinks);
            }
        }
        return runs;
    }

    /** The run's groups, one per owner, each with a link of unlimited uses (its creation timed). */
    private List<CreatedLink> groups(Fleet owners, int round, LinkJoinLayout.Kind kind) throws Exception {
        List<CreatedLink> links = new ArrayList<>();
        for (int g = 0; g < layout.groups(); g++) {
            int owner = kind.ordinal() * layout.groups() + g;
            EntityBareJid room = room(round, kind, g);
            // One room at a time: Openfire 5.1.1 fails two creations on one service at the same instant (see Rooms).
            Rooms.create(owners, room, List.of(owner), false);
            long start = System.nanoTime();
            links.add(owners.client(owner).createLink(room, null, null));
            linkCreations.record((System.nanoTime() - start) / 1000);
        }
        return links;
    }

    private EntityBareJid room(int round, LinkJoinLayout.Kind kind, int g) {
        return Rooms.jid("lj" + round + kind.infix.charAt(0) + g, options.services().get(0), options.domain());
    }

    private Fleet joiners(int round, LinkJoinLayout.Kind kind) throws Exception {
        Fleet fleet = Fleet.connect(options, layout.joinersOf(round - 1 + warmup, kind).stream().map(this::joiner).toList());
        System.out.printf(Locale.ROOT, "round %d: %d joiners logged in%n", round, fleet.size());
        return fleet;
    }

    private String join(Fleet batch, int j, List<CreatedLink> links) throws SvGroupsException {
        batch.client(j).joinByLink(links.get(layout.groupOf(j)).uri());
        return OK;
    }

    /** Runs the N operations, closed loop (or paced by --rate), and times each from send to answer. */
    private Run measure(int round, String variant, ScratchServer server, String expected, Op op) throws Exception {
        int count = layout.joins();
        int concurrency = options.concurrency();
        LatencyHistogram latencies = new LatencyHistogram();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        Semaphore slots = new Semaphore(concurrency);
        long pid = server.pid();
        double load = loadAverage();
        double cpu = ReconcileLog.cpuSeconds(pid);
        long start = System.nanoTime();
        try {
            for (int j = 0; j < count; j++) {
                if (options.rate() > 0) {
                    long due = start + (long) (j * 1e9 / options.rate());
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                slots.acquire();
                int user = j;
                pool.execute(() -> {
                    long sent = System.nanoTime();
                    String outcome;
                    try {
                        outcome = op.apply(user);
                    } catch (SvGroupsException.Refused e) {
                        outcome = e.getConditionName();
                    } catch (Exception e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    if (outcome.equals(expected)) {
                        latencies.record((System.nanoTime() - sent) / 1000);
                    }
                    outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
                    slots.release();
                });
            }
            slots.acquire(concurrency);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cores = (ReconcileLog.cpuSeconds(pid) - cpu) / seconds;
        Map<String, Integer> counted = new TreeMap<>();
        outcomes.forEach((outcome, n) -> counted.put(outcome, n.get()));
        return new Run(round, variant, count, counted.getOrDefault(expected, 0), counted, latencies.percentile(50),
                latencies.percentile(90), latencies.percentile(99), latencies.max(), seconds, cores, load, loadAverage());
    }

    /** Every joiner of the run is a member of the group they joined: the owners read the member lists. */
    private void checkMembers(Fleet owners, int round, List<CreatedLink> links) throws Exception {
        int found = 0;
        for (int g = 0; g < links.size(); g++) {
            found += owners.room(g, room(round, LinkJoinLayout.Kind.ADULT_OWNER, g)).getMembers().size();
        }
        report(round, "members", found);
    }

    /** Every request of the run waits: the minor owners list their groups' requests. */
    private void checkRequests(Fleet owners, int round, List<CreatedLink> links) throws Exception {
        int found = 0;
        for (int g = 0; g < links.size(); g++) {
            found += owners.client(layout.groups() + g).joinRequests(room(round, LinkJoinLayout.Kind.MINOR_OWNER, g)).size();
        }
        report(round, "waiting requests", found);
    }

    private void report(int round, String what, int found) {
        System.out.printf(Locale.ROOT, "round %d check: %d %s on the server, %d expected%s%n", round, found, what,
                layout.joins(), found == layout.joins() ? "" : "  MISMATCH");
    }

    /** The machine's 1-minute load average. */
    static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ")[0]);
    }

    /** Link creations over the whole run (one per group). */
    String creations() {
        return String.format(Locale.ROOT, "link creations: %d, p50 %.2f ms, p99 %.2f ms, max %.2f ms", linkCreations.count(),
                linkCreations.percentile(50) / 1000.0, linkCreations.percentile(99) / 1000.0, linkCreations.max() / 1000.0);
    }

    private static Run print(Run r) {
        System.out.println(line(r));
        return r;
    }

    static String line(Run r) {
        return String.format(Locale.ROOT, "%-7s %-28s %5d/%d %s  p50 %7.2f p90 %7.2f p99 %7.2f max %7.2f ms  %6.1f/s"
                        + "  server %.2f cores  load %.1f-%.1f%s", r.round() == 0 ? "warmup" : "round " + r.round(),
                r.variant(), r.expected(), r.operations(), r.variant().equals(REQUEST) ? PENDING : OK, r.p50() / 1000.0, r.p90() / 1000.0, r.p99() / 1000.0,
                r.max() / 1000.0, r.perSecond(), r.serverCores(), r.loadBefore(), r.loadAfter(),
                r.expected() == r.operations() ? "" : "  outcomes " + r.outcomes());
    }

    /**
     * The medians over the rounds of each variant, and the medians of the per-round ratios of each join variant's
     * p50 and p99 to the same round's pings.
     */
    static List<String> medians(List<Run> all) {
        List<Run> runs = all.stream().filter(r -> r.round() > 0).toList();
        List<String> lines = new ArrayList<>();
        for (String variant : List.of(PING, JOIN, REQUEST)) {
            List<Run> these = runs.stream().filter(r -> r.variant().equals(variant)).toList();
            if (these.isEmpty()) {
                continue;
            }
            String ratios = variant.equals(PING) ? "" : String.format(Locale.ROOT, "  / ping: p50 %.1f, p99 %.1f",
                    Summary.median(these, r -> r.p50() / (double) pingOf(runs, r).p50()),
                    Summary.median(these, r -> r.p99() / (double) pingOf(runs, r).p99()));
            lines.add(String.format(Locale.ROOT, "median of %d %-28s p50 %7.2f p99 %7.2f ms  %6.1f/s  server %.2f cores%s",
                    these.size(), variant, m(these, Run::p50) / 1000, m(these, Run::p99) / 1000, m(these, Run::perSecond),
                    m(these, Run::serverCores), ratios));
        }
        return lines;
    }

    private static Run pingOf(List<Run> runs, Run run) {
        return runs.stream().filter(r -> r.round() == run.round() && r.variant().equals(PING)).findFirst().orElseThrow();
    }

    private static double m(List<Run> runs, ToDoubleFunction<Run> value) {
        return Summary.median(runs, value);
    }

    static String csv(List<Run> runs) {
        return runs.stream().map(r -> String.join(",", Integer.toString(r.round()), Report.csvText(r.variant()),
                        Integer.toString(r.operations()), Integer.toString(r.expected()), Long.toString(r.p50()),
                        Long.toString(r.p90()), Long.toString(r.p99()), Long.toString(r.max()),
                        String.format(Locale.ROOT, "%.3f,%.1f,%.3f,%.2f,%.2f", r.seconds(), r.perSecond(), r.serverCores(),
                                r.loadBefore(), r.loadAfter()),
                        Report.csvText(r.outcomes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(" ")))))
                .collect(Collectors.joining("\n", "round,variant,operations,expected,p50_us,p90_us,p99_us,max_us,seconds,"
                        + "per_second,server_cores,load_before,load_after,outcomes\n", "\n"));
    }
}
