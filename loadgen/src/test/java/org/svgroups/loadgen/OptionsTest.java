package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.svgroups.it.server.ServerDatabase;

class OptionsTest {

    @Test
    void defaultsDriveMessagesIntoTwoGroupsOf32() {
        Options o = Options.parse();
        assertThat(o.host()).isEqualTo("127.0.0.1");
        assertThat(o.port()).isEqualTo(5222);
        assertThat(o.users()).isEqualTo(64);
        assertThat(o.groups()).isEqualTo(2);
        assertThat(o.members()).isEqualTo(32);
        assertThat(o.services()).containsExactly("groups");
        assertThat(o.mixes()).containsExactly(Mix.parse("message=100"));
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(o.operations()).isZero();
        assertThat(o.rate()).isZero();
        assertThat(o.csv()).isNull();
        assertThat(o.username(0)).isEqualTo("lg0001");
    }

    @Test
    void readsEveryOptionAndInterleavesVariantsServiceByMix() {
        Options o = Options.parse("--host", "10.0.0.5", "--port", "5223", "--domain", "example.org",
                "--users", "100", "--groups", "3", "--members", "16", "--invitees", "8",
                "--services", "conference, Groups", "--mix", "message=100", "--mix", "share=100", "--rounds", "4",
                "--operations", "5000", "--warmup", "500ms", "--rate", "250.5", "--concurrency", "8", "--size", "600",
                "--csv", "out/r.csv", "--json", "out/r.json", "--user-prefix", "bench");
        assertThat(o.host()).isEqualTo("10.0.0.5");
        assertThat(o.port()).isEqualTo(5223);
        assertThat(o.domain()).isEqualTo("example.org");
        assertThat(o.services()).containsExactly("conference", "groups");
        assertThat(o.duration()).isNull();
        assertThat(o.operations()).isEqualTo(5000);
        assertThat(o.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.rate()).isEqualTo(250.5);
        assertThat(o.csv()).isEqualTo(Path.of("out/r.csv"));
        assertThat(o.username(41)).isEqualTo("bench0042");
        List<String> labels = o.variants().stream().map(Options.Variant::label).toList();
        assertThat(labels).containsExactly("conference message=100", "conference share=100", "groups message=100",
                "groups share=100");
    }

    @Test
    void durationsNeedAUnit() {
        assertThat(Options.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Options.duration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> Options.parse("--duration", "30")).hasMessageContaining("--duration '30'")
                .hasMessageContaining("give a unit");
        assertThatThrownBy(() -> Options.parse("--duration", "0s")).hasMessageContaining("positive");
    }

    @Test
    void refusesCommandLinesThatCannotRun() {
        assertThatThrownBy(() -> Options.parse("--bogus", "1")).isInstanceOf(Options.UsageException.class)
                .hasMessageContaining("unknown option '--bogus'");
        assertThatThrownBy(() -> Options.parse("--users")).hasMessageContaining("--users needs a value");
        assertThatThrownBy(() -> Options.parse("--users", "ten")).hasMessageContaining("--users 'ten'");
        assertThatThrownBy(() -> Options.parse("--port", "70000")).hasMessageContaining("--port must be 1..65535");
        assertThatThrownBy(() -> Options.parse("--size", "1", "--size", "2")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> Options.parse("--duration", "5s", "--operations", "9")).hasMessageContaining("not both");
        assertThatThrownBy(() -> Options.parse("--users", "10", "--members", "32"))
                .hasMessageContaining("--members 32 needs at least as many --users (10)");
        assertThatThrownBy(() -> Options.parse("--users", "32", "--mix", "invite=1"))
                .hasMessageContaining("--users >= --members + --invitees (36)");
        assertThatThrownBy(() -> Options.parse("--services", "a,b.c")).hasMessageContaining("'b.c' is not a subdomain");
        assertThatThrownBy(() -> Options.parse("--services", "x,x")).hasMessageContaining("twice");
        assertThatThrownBy(() -> Options.parse("--rate", "-1")).hasMessageContaining("--rate '-1'");
        assertThatThrownBy(() -> Options.parse("--without-plugin")).hasMessageContaining("needs --openfire-home");
        assertThatThrownBy(() -> Options.parse("--heap-groups", "10")).hasMessageContaining("need --openfire-home");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--without-plugin"))
                .hasMessageContaining("leaves no groups service");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--baseline-without-plugin"))
                .hasMessageContaining("a first service other than groups");
    }

    @Test
    void theScratchServerRunsOnTheEmbeddedDatabaseUnlessToldOtherwise() {
        assertThat(Options.parse().database()).isEqualTo(ServerDatabase.Kind.EMBEDDED);
        assertThat(Options.parse("--openfire-home", "/of", "--database", "postgresql").database())
                .isEqualTo(ServerDatabase.Kind.POSTGRESQL);
        assertThat(Options.parse("--openfire-home", "/of", "--database", "MariaDB").database())
                .isEqualTo(ServerDatabase.Kind.MARIADB);
        assertThat(Options.parse("--openfire-home", "/of", "--database", "mysql").database())
                .isEqualTo(ServerDatabase.Kind.MYSQL);
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--database", "oracle"))
                .isInstanceOf(Options.UsageException.class).hasMessageContaining("--database 'oracle'")
                .hasMessageContaining("postgresql, mariadb or mysql");
        assertThatThrownBy(() -> Options.parse("--database", "postgresql"))
                .hasMessageContaining("--database needs --openfire-home");
        assertThat(Options.parse("--database", "embedded").database()).isEqualTo(ServerDatabase.Kind.EMBEDDED);
    }

    @Test
    void aBaselineWithoutThePluginIsLabelledSo() {
        Options o = Options.parse("--openfire-home", "/of", "--services", "conference,groups", "--baseline-without-plugin");
        assertThat(o.baselineWithoutPlugin()).isTrue();
        assertThat(o.variants().get(0).withoutPlugin().label()).isEqualTo("conference message=100 no-svgroups");
    }

    @Test
    void reconcilingTimesTheBookmarksOfBulkUsersWhileTheLoadUsersPing() {
        Options o = Options.parse("--openfire-home", "/of", "--reconcile-users", "10000", "--members", "8",
                "--users", "8", "--rate", "40", "--rounds", "3");
        assertThat(o.reconcileUsers()).isEqualTo(10_000);
        assertThat(o.reconcileUsername(0)).isEqualTo("lgr00001");
        assertThat(o.reconcileUsername(9_999)).isEqualTo("lgr10000");
        assertThat(o.username(0)).isEqualTo("lg0001");
        assertThat(Options.parse().reconcileUsers()).isZero();
    }

    @Test
    void reconcilingRefusesWhatItCannotMeasure() {
        assertThatThrownBy(() -> Options.parse("--reconcile-users", "100", "--rate", "10"))
                .hasMessageContaining("--reconcile-users needs --openfire-home");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--reconcile-users", "100", "--rate", "10",
                "--services", "conference")).hasMessageContaining("its groups service");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--reconcile-users", "100", "--rate", "10",
                "--heap-groups", "5")).hasMessageContaining("no --heap-groups");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--reconcile-users", "63", "--rate", "10"))
                .hasMessageContaining("--reconcile-users 63 needs at least 2 x --members (64)");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--reconcile-users", "100"))
                .hasMessageContaining("needs --rate > 0");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--reconcile-users", "100", "--rate", "10",
                "--operations", "5")).hasMessageContaining("not --operations");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--reconcile-users", "100", "--rate", "10",
                "--json", "r.json")).hasMessageContaining("--csv only");
        assertThatThrownBy(() -> Options.parse("--reconcile-users", "-1")).hasMessageContaining("--reconcile-users must be 0..");
    }

    @Test
    void everyOptionInTheUsageIsAccepted() {
        assertThat(Options.wantsHelp("--users", "3", "--help")).isTrue();
        assertThat(Options.parse("--openfire-home", "/of", "--without-plugin", "--services", "conference",
                "--catalogue-port", "8080", "--plugin-jar", "p.jar", "--work", "w", "--password", "pw").withoutPlugin()).isTrue();
    }

    @Test
    void linkJoinsNeedAScratchServerAndTheGroupsServiceOnly() {
        Options o = Options.parse("--openfire-home", "/of", "--link-joins", "300", "--rounds", "3", "--concurrency", "8");
        assertThat(o.linkJoins()).isEqualTo(300);
        assertThat(Options.parse().linkJoins()).isZero();
        assertThatThrownBy(() -> Options.parse("--link-joins", "300")).hasMessageContaining("--link-joins needs --openfire-home");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--link-joins", "10", "--services", "conference,groups"))
                .hasMessageContaining("groups service only");
        assertThatThrownBy(() -> Options.parse("--openfire-home", "/of", "--link-joins", "10", "--json", "/tmp/x.json"))
                .hasMessageContaining("--csv only");
    }
}
