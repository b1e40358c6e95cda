package org.svgroups.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints the runs and the summary as tables, and writes them as CSV or JSON. */
final class Report {

    static final String RUN_HEADER = "variant,round,metric,operations,lost,deliveries,seconds,"
            + "operations_per_s,deliveries_per_s,p50_us,p90_us,p99_us,max_us";
    static final String SUMMARY_HEADER = "variant,metric,runs,deliveries_per_s,operations_per_s,p50_us,p99_us,"
            + "throughput_ratio,p99_ratio";

    private Report() {
    }

    static String table(List<RunResult> runs, List<Summary> summaries) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-36s %5s %-12s %9s %6s %12s %10s %10s %9s %9s %9s%n", "variant",
                "round", "metric", "ops", "lost", "deliveries/s", "ops/s", "p50 ms", "p90 ms", "p99 ms", "max ms"));
        for (RunResult r : runs) {
            out.append(String.format(Locale.ROOT, "%-36s %5d %-12s %9d %6d %12.0f %10.1f %10.2f %9.2f %9.2f %9.2f%n",
                    r.variant(), r.round(), r.metric(), r.operations(), r.lost(), r.deliveriesPerSecond(),
                    r.operationsPerSecond(), ms(r.p50()), ms(r.p90()), ms(r.p99()), ms(r.max())));
        }
        out.append(String.format(Locale.ROOT, "%nmedians over rounds; ratios against the first variant%n"));
        out.append(String.format(Locale.ROOT, "%-36s %-12s %4s %12s %10s %9s %9s %11s %9s%n", "variant", "metric",
                "runs", "deliveries/s", "ops/s", "p50 ms", "p99 ms", "throughput", "p99"));
        for (Summary s : summaries) {
            out.append(String.format(Locale.ROOT, "%-36s %-12s %4d %12.0f %10.1f %9.2f %9.2f %11s %9s%n", s.variant(),
                    s.metric(), s.runs(), s.deliveriesPerSecond(), s.operationsPerSecond(), s.p50() / 1000,
                    s.p99() / 1000, ratio(s.throughputRatio()), ratio(s.p99Ratio())));
        }
        return out.toString();
    }

    /** Two CSV tables in one file, the runs and then the summary, separated by an empty line. */
    static String csv(List<RunResult> runs, List<Summary> summaries) {
        StringBuilder out = new StringBuilder(RUN_HEADER).append('\n');
        for (RunResult r : runs) {
            out.append(String.join(",", csvText(r.variant()), Integer.toString(r.round()), csvText(r.metric()),
                    Long.toString(r.operations()), Long.toString(r.lost()), Long.toString(r.deliveries()),
                    number(r.seconds()), number(r.operationsPerSecond()), number(r.deliveriesPerSecond()),
                    Long.toString(r.p50()), Long.toString(r.p90()), Long.toString(r.p99()), Long.toString(r.max())))
                    .append('\n');
        }
        out.append('\n').append(SUMMARY_HEADER).append('\n');
        for (Summary s : summaries) {
            out.append(String.join(",", csvText(s.variant()), csvText(s.metric()), Integer.toString(s.runs()),
                    number(s.deliveriesPerSecond()), number(s.operationsPerSecond()), number(s.p50()), number(s.p99()),
                    number(s.throughputRatio()), number(s.p99Ratio()))).append('\n');
        }
        return out.toString();
    }

    /** {@code {"runs": [...], "summary": [...]}}; a ratio that does not apply is {@code null}. */
    static String json(List<RunResult> runs, List<Summary> summaries) {
        StringBuilder out = new StringBuilder("{\n  \"runs\": [");
        for (int i = 0; i < runs.size(); i++) {
            RunResult r = runs.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"variant\": ").append(jsonText(r.variant()))
                    .append(", \"round\": ").append(r.round())
                    .append(", \"metric\": ").append(jsonText(r.metric()))
                    .append(", \"operations\": ").append(r.operations())
                    .append(", \"lost\": ").append(r.lost())
                    .append(", \"deliveries\": ").append(r.deliveries())
                    .append(", \"seconds\": ").append(jsonNumber(r.seconds()))
                    .append(", \"operationsPerSecond\": ").append(jsonNumber(r.operationsPerSecond()))
                    .append(", \"deliveriesPerSecond\": ").append(jsonNumber(r.deliveriesPerSecond()))
                    .append(", \"p50Micros\": ").append(r.p50())
                    .append(", \"p90Micros\": ").append(r.p90())
                    .append(", \"p99Micros\": ").append(r.p99())
                    .append(", \"maxMicros\": ").append(r.max()).append('}');
        }
        out.append("\n  ],\n  \"summary\": [");
        for (int i = 0; i < summaries.size(); i++) {
            Summary s = summaries.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"variant\": ").append(jsonText(s.variant()))
                    .append(", \"metric\": ").append(jsonText(s.metric()))
                    .append(", \"runs\": ").append(s.runs())
                    .append(", \"deliveriesPerSecond\": ").append(jsonNumber(s.deliveriesPerSecond()))
                    .append(", \"operationsPerSecond\": ").append(jsonNumber(s.operationsPerSecond()))
                    .append(", \"p50Micros\": ").append(jsonNumber(s.p50()))
                    .append(", \"p99Micros\": ").append(jsonNumber(s.p99()))
                    .append(", \"throughputRatio\": ").append(jsonNumber(s.throughputRatio()))
                    .append(", \"p99Ratio\": ").append(jsonNumber(s.p99Ratio())).append('}');
        }
        return out.append("\n  ]\n}\n").toString();
    }

    static void write(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String jsonNumber(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String csvText(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static String jsonText(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
