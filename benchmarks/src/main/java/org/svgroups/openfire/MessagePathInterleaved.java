package org.svgroups.openfire;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The before/after pairs of {@link MessagePathBenchmark}, interleaved in one JVM and timed in the thread's CPU time:
 * on a shared machine (other builds and servers on the same 2 CPUs) JMH's wall-clock scores of separate runs spread
 * by more than the difference measured. Each round times a batch of one variant then of the other (the order
 * alternating), so that both see the same moment of the machine; the medians of the rounds are reported.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.svgroups.openfire.MessagePathInterleaved [rounds]}.
 */
public final class MessagePathInterleaved {

    private static final int BATCH = 20_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Where results go, so that the JIT cannot drop the calls. */
    private static volatile int sink;

    private MessagePathInterleaved() {
    }

    public static void main(String[] arguments) throws Exception {
        int rounds = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 41;
        System.out.printf("%-8s %-13s %12s %12s %8s %8s%n", "kind", "work", "before ns", "after ns", "ratio", "spread");
        for (String kind : new String[] {"body", "omemo", "share"}) {
            MessagePathBenchmark state = new MessagePathBenchmark();
            state.kind = kind;
            state.setUp();
            pair(kind, "listener", rounds, () -> (int) state.listenerBefore(), () -> (int) state.listenerAfter());
            pair(kind, "storedStanza", rounds, () -> state.storedStanzaBefore().length(),
                    () -> state.storedStanzaAfter().length());
            pair(kind, "copy", rounds, () -> state.copyBefore() ? 1 : 0, () -> {
                state.copyAfter();
                return 1;
            });
        }
    }

    private static void pair(String kind, String work, int rounds, ThrowingSupplier before, ThrowingSupplier after)
            throws Exception {
        // Warm both up past the JIT's tiers first.
        for (int i = 0; i < 10; i++) {
            batch(before);
            batch(after);
        }
        List<Double> befores = new ArrayList<>();
        List<Double> afters = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double b;
            double a;
            if (round % 2 == 0) {
                b = batch(before);
                a = batch(after);
            } else {
                a = batch(after);
                b = batch(before);
            }
            befores.add(b);
            afters.add(a);
            ratios.add(a / b);
        }
        double ratio = median(ratios);
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "%-8s %-13s %12.1f %12.1f %8.3f %s%n", kind, work, median(befores), median(afters),
                ratio, String.format(Locale.ROOT, "%.3f-%.3f", ratios.get(rounds / 4), ratios.get(rounds * 3 / 4)));
    }

    /** Thread CPU nanoseconds per call over one batch. */
    private static double batch(ThrowingSupplier work) throws Exception {
        int sum = 0;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < BATCH; i++) {
            sum += work.get();
        }
        long end = THREADS.getCurrentThreadCpuTime();
        sink += sum;
        return (double) (end - start) / BATCH;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        int get() throws Exception;
    }
}
