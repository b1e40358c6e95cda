package org.svgroups.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReconciliationDutyTest {

    private final AtomicInteger reconciliations = new AtomicInteger();

    @Test
    void aServerThatIsNotClusteredReconcilesAtLoad() {
        ReconciliationDuty duty = duty(FakeCluster.notClustered());

        assertThat(duty.loaded()).isTrue();
        assertThat(reconciliations).hasValue(1);
    }

    @Test
    void aClusterNodeLoadingBeforeItJoinsReconcilesOnlyOnceItIsTheSenior() {
        FakeCluster first = FakeCluster.starting();
        FakeCluster second = FakeCluster.starting();
        ReconciliationDuty firstDuty = duty(first);
        ReconciliationDuty secondDuty = duty(second);

        assertThat(firstDuty.loaded()).isFalse();
        assertThat(secondDuty.loaded()).isFalse();
        first.joined(true);
        firstDuty.becameSenior();
        second.joined(false);

        assertThat(reconciliations).hasValue(1);
    }

    @Test
    void theSuccessorOfASeniorThatLeftReconcilesAgain() {
        FakeCluster survivor = FakeCluster.starting().joined(false);
        ReconciliationDuty duty = duty(survivor);
        assertThat(duty.loaded()).isFalse();

        survivor.senior = true;
        duty.becameSenior();

        assertThat(reconciliations).hasValue(1);
    }

    @Test
    void aReloadOnTheSeniorMemberReconcilesAndOnAnotherMemberDoesNot() {
        assertThat(duty(FakeCluster.starting().joined(true)).loaded()).isTrue();
        assertThat(duty(FakeCluster.starting().joined(false)).loaded()).isFalse();
        assertThat(reconciliations).hasValue(1);
    }

    private ReconciliationDuty duty(FakeCluster cluster) {
        return new ReconciliationDuty(new OnceInCluster(cluster), reconciliations::incrementAndGet);
    }
}
