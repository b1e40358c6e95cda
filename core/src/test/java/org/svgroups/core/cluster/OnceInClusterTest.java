package org.svgroups.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class OnceInClusterTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aServerThatIsNotClusteredDoesTheWork() {
        assertThat(new OnceInCluster(FakeCluster.notClustered()).run(runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void onlyTheSeniorMemberOfAClusterDoesTheWork() {
        OnceInCluster senior = new OnceInCluster(FakeCluster.starting().joined(true));
        OnceInCluster other = new OnceInCluster(FakeCluster.starting().joined(false));

        assertThat(senior.run(runs::incrementAndGet)).isTrue();
        assertThat(other.run(runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aNodeWhoseClusteringHasNotStartedHoldsBack() {
        // Openfire answers "senior" for a node that is not in a cluster yet: that answer must not count.
        FakeCluster cluster = FakeCluster.starting();
        cluster.senior = true;

        assertThat(new OnceInCluster(cluster).run(runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aMemberThatBecomesSeniorDoesTheWorkFromThen() {
        FakeCluster cluster = FakeCluster.starting().joined(false);
        OnceInCluster once = new OnceInCluster(cluster);
        assertThat(once.mayRun()).isFalse();

        cluster.senior = true;

        assertThat(once.mayRun()).isTrue();
    }
}
