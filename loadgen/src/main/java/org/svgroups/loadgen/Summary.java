package org.svgroups.loadgen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The medians over the rounds of each variant and metric, with ratios against the first variant (the baseline)
 * for the same metric, or its first metric when it has not that one (shares against plain messages): a throughput
 * ratio below 1 or a p99 ratio above 1 is a cost.
 *
 * @param throughputRatio median deliveries per second divided by the baseline's; NaN for the baseline itself
 * @param p99Ratio        median p99 divided by the baseline's, likewise
 */
record Summary(String variant, String metric, int runs, double deliveriesPerSecond, double operationsPerSecond,
               double p50, double p99, double throughputRatio, double p99Ratio) {

    static List<Summary> of(List<RunResult> results) {
        Map<String, Map<String, List<RunResult>>> byVariant = new LinkedHashMap<>();
        for (RunResult result : results) {
            byVariant.computeIfAbsent(result.variant(), v -> new LinkedHashMap<>())
                    .computeIfAbsent(result.metric(), m -> new ArrayList<>()).add(result);
        }
        Map<String, List<RunResult>> baseline = byVariant.isEmpty() ? Map.of() : byVariant.values().iterator().next();
        List<Summary> summaries = new ArrayList<>();
        byVariant.forEach((variant, metrics) -> metrics.forEach((metric, runs) -> {
            double throughput = median(runs, RunResult::deliveriesPerSecond);
            double p99 = median(runs, r -> r.p99());
            List<RunResult> base = baseline == metrics ? null
                    : baseline.getOrDefault(metric, baseline.values().iterator().next());
            summaries.add(new Summary(variant, metric, runs.size(), throughput, median(runs, RunResult::operationsPerSecond),
                    median(runs, r -> r.p50()), p99,
                    base == null ? Double.NaN : throughput / median(base, RunResult::deliveriesPerSecond),
                    base == null ? Double.NaN : p99 / median(base, r -> r.p99())));
        }));
        return summaries;
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    static <T> double median(List<T> runs, ToDoubleFunction<T> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no runs");
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
