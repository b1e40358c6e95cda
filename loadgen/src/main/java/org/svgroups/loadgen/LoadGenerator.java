package org.svgroups.loadgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The load generator's entry point: provisions and starts a scratch server when asked, logs the load users in,
 * sets up each service's groups, runs every variant (service x mix) {@code --rounds} times interleaved, and prints
 * and writes the results. With {@code --heap-groups} it measures the server's heap instead of driving traffic, with
 * {@code --reconcile-users} the reconciliation of bookmarks on plugin load, with {@code --link-joins} joins by invite
 * link.
 * See {@link Options#USAGE} and docs/performance.md.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (Options.wantsHelp(args)) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            System.err.println("loadgen: " + e.getMessage() + " (--help lists the options)");
            System.exit(2);
            return;
        }
        run(options);
        // Smack's connection threads outlive a disconnect for a while; the results are written.
        System.exit(0);
    }

    private static void run(Options options) throws Exception {
        if (options.reconcileUsers() > 0) {
            reconcile(options);
            return;
        }
        if (options.linkJoins() > 0) {
            linkJoins(options);
            return;
        }
        Layout layout = Layout.of(options);
        boolean heap = options.heapGroups() > 0;
        int minors = heap && options.heapInvitations() > 0
                ? (options.heapInvitations() + options.heapGroups() - 1) / options.heapGroups() : 0;
        LoopbackCatalogue catalogue = options.mixesInclude(OpKind.SHARE) && !heap
                ? LoopbackCatalogue.start(options.cataloguePort()) : null;
        ScratchServer server = null;
        try {
            if (options.openfireHome() != null) {
                server = ScratchServer.start(options, layout, minors,
                        Optional.ofNullable(catalogue).map(LoopbackCatalogue::urlTemplate));
            }
            List<String> usernames = new ArrayList<>();
            for (int u = 0; u < options.users(); u++) {
                usernames.add(options.username(u));
            }
            List<Integer> minorIndexes = new ArrayList<>();
            for (int m = 0; m < minors; m++) {
                minorIndexes.add(usernames.size());
                usernames.add(ScratchServer.minor(options, m));
            }
            try (Fleet fleet = Fleet.connect(options, usernames)) {
                System.out.printf("%d users logged in%n", fleet.size());
                if (heap) {
                    heap(options, new HeapProbe(options, layout, fleet, server.pid()).run(minorIndexes));
                } else {
                    traffic(options, layout, fleet, server);
                }
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (catalogue != null) {
                catalogue.close();
            }
        }
    }

    private static void traffic(Options options, Layout layout, Fleet fleet, ScratchServer server) throws Exception {
        List<RunResult> results = new ArrayList<>();
        try (Traffic traffic = new Traffic(options, layout, fleet)) {
            System.out.println(traffic.stanzaSizes());
            for (String service : options.services()) {
                traffic.setUp(service);
            }
            for (int round = 1; round <= options.rounds(); round++) {
                if (options.baselineWithoutPlugin()) {
                    server.uninstallPlugin();
                    for (Options.Variant variant : options.variants()) {
                        if (variant.service().equals(options.services().get(0))) {
                            results.addAll(traffic.run(variant.withoutPlugin(), round));
                            settle(options, server);
                        }
                    }
                    server.reinstallPlugin();
                }
                for (Options.Variant variant : options.variants()) {
                    if (variant.settings() != null) {
                        server.apply(variant.settings(), ServerSettings.keys(options.settings()));
                    }
                    results.addAll(traffic.run(variant, round));
                    settle(options, server);
                }
            }
        }
        List<Summary> summary = Summary.of(results);
        System.out.println();
        System.out.print(Report.table(results, summary));
        if (options.csv() != null) {
            Report.write(options.csv(), Report.csv(results, summary));
        }
        if (options.json() != null) {
            Report.write(options.json(), Report.json(results, summary));
        }
    }

    private static void reconcile(Options options) throws Exception {
        List<ReconcileProbe.Result> results = new ReconcileProbe(options).run();
        System.out.println();
        ReconcileProbe.medians(results).forEach(System.out::println);
        if (options.csv() != null) {
            Report.write(options.csv(), ReconcileProbe.csv(results));
        }
    }

    private static void linkJoins(Options options) throws Exception {
        LinkJoinProbe probe = new LinkJoinProbe(options);
        List<LinkJoinProbe.Run> runs = probe.run();
        System.out.println();
        System.out.println(probe.creations());
        LinkJoinProbe.medians(runs).forEach(System.out::println);
        if (options.csv() != null) {
            Report.write(options.csv(), LinkJoinProbe.csv(runs));
        }
    }

    private static void settle(Options options, ScratchServer server) throws InterruptedException {
        if (!options.settle().isZero()) {
            System.out.printf(java.util.Locale.ROOT, "  server idle after %.1f s%n",
                    server.settle(options.settle()).toMillis() / 1000.0);
        }
    }

    private static void heap(Options options, List<HeapProbe.HeapResult> results) throws Exception {
        System.out.println();
        results.forEach(r -> System.out.println(HeapProbe.line(r)));
        if (options.csv() != null) {
            Report.write(options.csv(), "service,what,count,before_bytes,after_bytes,bytes_each\n" + results.stream()
                    .map(r -> String.join(",", Report.csvText(r.service()), Report.csvText(r.what()),
                            Integer.toString(r.count()), Long.toString(r.beforeBytes()), Long.toString(r.afterBytes()),
                            String.format(java.util.Locale.ROOT, "%.1f", r.bytesEach())))
                    .collect(Collectors.joining("\n", "", "\n")));
        }
        if (options.json() != null) {
            Report.write(options.json(), results.stream()
                    .map(r -> String.format(java.util.Locale.ROOT, "  {\"service\": %s, \"what\": %s, \"count\": %d, "
                                    + "\"beforeBytes\": %d, \"afterBytes\": %d, \"bytesEach\": %.1f}",
                            Report.jsonText(r.service()), Report.jsonText(r.what()), r.count(), r.beforeBytes(),
                            r.afterBytes(), r.bytesEach()))
                    .collect(Collectors.joining(",\n", "{\"heap\": [\n", "\n]}\n")));
        }
    }
}
