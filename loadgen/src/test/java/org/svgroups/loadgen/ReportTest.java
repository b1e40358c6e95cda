package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static RunResult run(String variant, int round, double deliveriesPerSecond, long p99) {
        return new RunResult(variant, round, "message", 1000, 0, (long) (deliveriesPerSecond * 10), 10.0, 900, 1500, p99, p99 * 2);
    }

    private final List<RunResult> runs = List.of(
            run("conference message=100", 1, 3000, 10_000), run("groups message=100", 1, 2900, 11_000),
            run("conference message=100", 2, 3200, 12_000), run("groups message=100", 2, 3100, 12_500),
            run("conference message=100", 3, 3100, 11_000), run("groups message=100", 3, 3000, 11_500));

    @Test
    void summaryTakesMediansAndRatiosAgainstTheFirstVariant() {
        List<Summary> summary = Summary.of(runs);
        assertThat(summary).hasSize(2);
        Summary base = summary.get(0);
        assertThat(base.variant()).isEqualTo("conference message=100");
        assertThat(base.runs()).isEqualTo(3);
        assertThat(base.deliveriesPerSecond()).isEqualTo(3100);
        assertThat(base.p99()).isEqualTo(11_000);
        assertThat(base.throughputRatio()).isNaN();
        Summary groups = summary.get(1);
        assertThat(groups.deliveriesPerSecond()).isEqualTo(3000);
        assertThat(groups.p99()).isEqualTo(11_500);
        assertThat(groups.throughputRatio()).isCloseTo(3000.0 / 3100, within(1e-9));
        assertThat(groups.p99Ratio()).isCloseTo(11_500.0 / 11_000, within(1e-9));
    }

    @Test
    void aMetricTheBaselineLacksIsComparedWithItsFirstMetric() {
        RunResult share = new RunResult("groups share=100", 1, "share", 800, 0, 24_000, 10.0, 1000, 2000, 13_200, 20_000);
        Summary shares = Summary.of(List.of(runs.get(1), share)).get(1);
        assertThat(shares.metric()).isEqualTo("share");
        assertThat(shares.throughputRatio()).isCloseTo(2400.0 / 2900, within(1e-9));
        assertThat(shares.p99Ratio()).isCloseTo(1.2, within(1e-9));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Summary.median(runs.subList(0, 4), RunResult::deliveriesPerSecond)).isEqualTo((3000 + 3100) / 2.0);
    }

    @Test
    void csvHasOneLinePerRunThenTheSummary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/results.csv");
        Report.write(file, Report.csv(runs, Summary.of(runs)));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(Report.RUN_HEADER);
        assertThat(lines.get(1)).isEqualTo("conference message=100,1,message,1000,0,30000,10.000,100.000,3000.000,900,1500,10000,20000");
        assertThat(lines.get(7)).isEmpty();
        assertThat(lines.get(8)).isEqualTo(Report.SUMMARY_HEADER);
        assertThat(lines.get(9)).isEqualTo("conference message=100,message,3,3100.000,100.000,900.000,11000.000,,");
        assertThat(lines.get(10)).startsWith("groups message=100,message,3,3000.000,").endsWith(",0.968,1.045");
        assertThat(lines).hasSize(11);
    }

    @Test
    void csvQuotesTextWithCommasAndJsonEscapes() {
        assertThat(Report.csvText("groups message=90,share=10")).isEqualTo("\"groups message=90,share=10\"");
        assertThat(Report.csvText("say \"hi\", all")).isEqualTo("\"say \"\"hi\"\", all\"");
        assertThat(Report.csvText("plain")).isEqualTo("plain");
        assertThat(Report.jsonText("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    @Test
    void jsonHoldsRunsAndSummaryWithNullForRatiosThatDoNotApply() {
        String json = Report.json(runs.subList(0, 2), Summary.of(runs.subList(0, 2)));
        assertThat(json).startsWith("{\n  \"runs\": [\n    {\"variant\": \"conference message=100\", \"round\": 1, "
                + "\"metric\": \"message\", \"operations\": 1000, \"lost\": 0, \"deliveries\": 30000, \"seconds\": 10.000, "
                + "\"operationsPerSecond\": 100.000, \"deliveriesPerSecond\": 3000.000, \"p50Micros\": 900, "
                + "\"p90Micros\": 1500, \"p99Micros\": 10000, \"maxMicros\": 20000},\n");
        assertThat(json).contains("\"throughputRatio\": null, \"p99Ratio\": null}")
                .contains("\"throughputRatio\": 0.967, \"p99Ratio\": 1.100}")
                .endsWith("\n  ]\n}\n");
    }

    @Test
    void tableShowsMillisecondsAndRatios() {
        String table = Report.table(runs, Summary.of(runs));
        assertThat(table).contains("deliveries/s").contains("ratios against the first variant");
        assertThat(table.lines().filter(l -> l.startsWith("groups message=100")).toList()).hasSize(4);
        assertThat(table).containsPattern("groups message=100\\s+message\\s+3\\s+3000\\s+100\\.0\\s+0\\.90\\s+11\\.50\\s+0\\.968\\s+1\\.045");
    }
}
