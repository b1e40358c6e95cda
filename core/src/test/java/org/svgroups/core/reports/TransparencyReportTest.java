package org.svgroups.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TransparencyReportTest {

    @Test
    void everyReasonAndActionIsARowZerosIncluded() {
        TransparencyReport report = new TransparencyReport(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"),
                Map.of(ReportReason.SPAM, 3, ReportReason.MINOR_SAFETY, 1), Map.of(ReportAction.Kind.SUSPEND, 2));

        assertThat(report.csv()).isEqualTo("from,to,section,item,count\r\n"
                + "2026-11-01,2026-11-30,reports,spam,3\r\n"
                + "2026-11-01,2026-11-30,reports,harassment,0\r\n"
                + "2026-11-01,2026-11-30,reports,hate,0\r\n"
                + "2026-11-01,2026-11-30,reports,violence,0\r\n"
                + "2026-11-01,2026-11-30,reports,sexual,0\r\n"
                + "2026-11-01,2026-11-30,reports,self-harm,0\r\n"
                + "2026-11-01,2026-11-30,reports,minor-safety,1\r\n"
                + "2026-11-01,2026-11-30,reports,scam,0\r\n"
                + "2026-11-01,2026-11-30,reports,other,0\r\n"
                + "2026-11-01,2026-11-30,actions,dismiss,0\r\n"
                + "2026-11-01,2026-11-30,actions,retract,0\r\n"
                + "2026-11-01,2026-11-30,actions,remove,0\r\n"
                + "2026-11-01,2026-11-30,actions,suspend,2\r\n"
                + "2026-11-01,2026-11-30,actions,dissolve,0\r\n");
    }

    @Test
    void fieldsAreQuotedAndFormulasDefused() {
        assertThat(TransparencyReport.field("plain")).isEqualTo("plain");
        assertThat(TransparencyReport.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(TransparencyReport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(TransparencyReport.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TransparencyReport.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TransparencyReport.field("@cmd")).isEqualTo("'@cmd");
        assertThat(TransparencyReport.field("-12")).isEqualTo("-12");
        assertThat(TransparencyReport.field("")).isEmpty();
    }
}
