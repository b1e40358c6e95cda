package org.svgroups.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.svgroups.core.testing.MovableClock;
import org.svgroups.core.testing.ShareCountLedger;
import org.svgroups.core.testing.Shares;

class ShareTallyTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    private final MovableClock clock = new MovableClock("2026-11-25T10:30:00Z");
    private final ShareTally tally = new ShareTally(clock);
    private final ShareCountLedger store = new ShareCountLedger();

    private static final Share VIDEO_1 = Shares.video("1").build();
    private static final Share VIDEO_2 = Shares.video("2").build();
    private static final Share PRODUCT_1 = Shares.product("1").build();

    private void count(String group, Share share, int times) {
        for (int i = 0; i < times; i++) {
            tally.count(group, share);
        }
    }

    @Test
    void countsTheStoreRefusesAsSuchAreDroppedSoLaterFlushesAreNotBlocked() {
        tally.count("g", VIDEO_1);
        ShareCountStore refusing = new ShareCountStore() {
            @Override
            public void addAll(java.util.Collection<ShareCount> increments) {
                throw new IllegalArgumentException("group JID too long");
            }

            @Override
            public java.util.List<ShareCount> between(java.time.LocalDate from, java.time.LocalDate to) {
                return java.util.List.of();
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tally.flushTo(refusing)).isInstanceOf(IllegalArgumentException.class);
        tally.count("g", VIDEO_1);
        tally.flushTo(store);

        org.assertj.core.api.Assertions.assertThat(store.grandTotal()).isEqualTo(1);
    }

    @Test
    void sharesAreCountedPerDayGroupAndItem() {
        count("dance@groups.example", VIDEO_1, 3);
        count("dance@groups.example", VIDEO_2, 1);
        count("chess@groups.example", VIDEO_1, 2);
        count("dance@groups.example", PRODUCT_1, 4);

        int counts = tally.flushTo(store);

        assertThat(counts).isEqualTo(4);
        assertThat(store.batches()).hasSize(1);
        assertThat(store.batches().get(0)).containsExactlyInAnyOrder(
                new ShareCount(TODAY, "dance@groups.example", ShareKind.VIDEO, "1", 3),
                new ShareCount(TODAY, "dance@groups.example", ShareKind.VIDEO, "2", 1),
                new ShareCount(TODAY, "chess@groups.example", ShareKind.VIDEO, "1", 2),
                new ShareCount(TODAY, "dance@groups.example", ShareKind.PRODUCT, "1", 4));
    }

    @Test
    void theItemIsCountedByIdWhateverItsUrlOrMetadata() {
        tally.count("g", VIDEO_1);
        tally.count("g", Shares.from(VIDEO_1).title("another title").url("https://videos.example/watch/1").verified(true).build());

        tally.flushTo(store);

        assertThat(store.total(TODAY, "g", "video", "1")).isEqualTo(2);
    }

    @Test
    void nothingCountedMeansTheStoreIsNotCalled() {
        assertThat(tally.flushTo(store)).isZero();
        assertThat(store.batches()).isEmpty();
    }

    @Test
    void aFlushMovesTheCountsAndASecondFlushSendsNothingNew() {
        count("g", VIDEO_1, 5);

        assertThat(tally.flushTo(store)).isEqualTo(1);
        assertThat(tally.flushTo(store)).isZero();

        assertThat(store.batches()).hasSize(1);
        assertThat(store.total(TODAY, "g", "video", "1")).isEqualTo(5);
    }

    @Test
    void sharesCountedAfterAFlushGoInTheNextOneOnly() {
        count("g", VIDEO_1, 5);
        tally.flushTo(store);
        count("g", VIDEO_1, 2);

        tally.flushTo(store);

        assertThat(store.batches()).hasSize(2);
        assertThat(store.batches().get(1)).containsExactly(new ShareCount(TODAY, "g", ShareKind.VIDEO, "1", 2));
        assertThat(store.total(TODAY, "g", "video", "1")).isEqualTo(7);
    }

    @Test
    void aFailingStoreLosesNothingAndTheNextFlushSendsItAgain() {
        count("g", VIDEO_1, 3);
        count("h", PRODUCT_1, 1);
        store.failingNext(1);

        assertThatThrownBy(() -> tally.flushTo(store)).isInstanceOf(IllegalStateException.class).hasMessageContaining("down");
        count("g", VIDEO_1, 2);
        tally.flushTo(store);

        assertThat(store.batches()).hasSize(1);
        assertThat(store.batches().get(0)).containsExactlyInAnyOrder(
                new ShareCount(TODAY, "g", ShareKind.VIDEO, "1", 5),
                new ShareCount(TODAY, "h", ShareKind.PRODUCT, "1", 1));
    }

    @Test
    void severalFailedFlushesInARowStillLoseNothingNorCountTwice() {
        count("g", VIDEO_1, 3);
        store.failingNext(3);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tally.flushTo(store)).isInstanceOf(IllegalStateException.class);
        }
        tally.flushTo(store);
        tally.flushTo(store);

        assertThat(store.total(TODAY, "g", "video", "1")).isEqualTo(3);
    }

    @Test
    void aFailedFlushOfAnEarlierDayIsResentOnItsDay() {
        count("g", VIDEO_1, 3);
        clock.advance(Duration.ofDays(1));
        store.failingNext(1);

        assertThatThrownBy(() -> tally.flushTo(store)).isInstanceOf(IllegalStateException.class);
        tally.flushTo(store);

        assertThat(store.total(TODAY, "g", "video", "1")).isEqualTo(3);
        assertThat(store.total(TOMORROW, "g", "video", "1")).isZero();
    }

    @Test
    void sharesAreCountedOnTheDayTheyWereMadeEvenWhenFlushedTheNextDay() {
        clock.set("2026-11-25T23:59:59Z");
        count("g", VIDEO_1, 2);
        clock.set("2026-11-26T00:00:00Z");
        count("g", VIDEO_1, 1);

        assertThat(tally.flushTo(store)).isEqualTo(2);

        assertThat(store.batches().get(0)).containsExactlyInAnyOrder(
                new ShareCount(TODAY, "g", ShareKind.VIDEO, "1", 2),
                new ShareCount(TOMORROW, "g", ShareKind.VIDEO, "1", 1));
    }

    @Test
    void aPastDayIsSentOnceAndThenForgotten() {
        count("g", VIDEO_1, 2);
        tally.flushTo(store);
        count("g", VIDEO_1, 1);
        clock.advance(Duration.ofDays(1));

        assertThat(tally.flushTo(store)).isEqualTo(1);
        assertThat(tally.flushTo(store)).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(tally.flushTo(store)).isZero();

        assertThat(store.total(TODAY, "g", "video", "1")).isEqualTo(3);
        assertThat(store.batches()).hasSize(2);
    }

    @Test
    @Timeout(60)
    void countingFromSeveralThreadsWhileFlushingAddsUpExactly() throws Exception {
        int threads = 8;
        int perThread = 50_000;
        List<Share> items = List.of(VIDEO_1, VIDEO_2, PRODUCT_1);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean counting = new AtomicBoolean(true);
        try {
            List<Future<?>> counters = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String group = "group-" + (t % 2);
                counters.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        tally.count(group, items.get(i % items.size()));
                    }
                    return null;
                }));
            }
            Future<Integer> flusher = pool.submit(() -> {
                start.await();
                int flushes = 0;
                while (counting.get()) {
                    tally.flushTo(store);
                    flushes++;
                }
                return flushes;
            });
            start.countDown();
            for (Future<?> counter : counters) {
                counter.get();
            }
            counting.set(false);
            assertThat(flusher.get()).isPositive();
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        tally.flushTo(store);

        assertThat(store.grandTotal()).isEqualTo((long) threads * perThread);
        long perGroupAndItem = (long) (threads / 2) * perThread / items.size();
        for (String group : List.of("group-0", "group-1")) {
            assertThat(store.total(TODAY, group, "video", "1")).isBetween(perGroupAndItem, perGroupAndItem + threads);
        }
    }

    @Test
    @Timeout(60)
    void countingFromSeveralThreadsWhileAFailingStoreIsFlushedLosesNothing() throws Exception {
        int threads = 4;
        int perThread = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean counting = new AtomicBoolean(true);
        try {
            List<Future<?>> counters = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                counters.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        tally.count("g", VIDEO_1);
                    }
                    return null;
                }));
            }
            Future<?> flusher = pool.submit(() -> {
                start.await();
                int flushes = 0;
                while (counting.get()) {
                    if (flushes++ % 2 == 0) {
                        store.failingNext(1);
                    }
                    try {
                        tally.flushTo(store);
                    } catch (IllegalStateException expected) {
                        // the database is down this time
                    }
                }
                return null;
            });
            start.countDown();
            for (Future<?> counter : counters) {
                counter.get();
            }
            counting.set(false);
            flusher.get();
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        store.failingNext(0);
        tally.flushTo(store);

        assertThat(store.total(TODAY, "g", "video", "1")).isEqualTo((long) threads * perThread);
    }

    /**
     * BUG: a share counted just before midnight can be lost. {@code count} takes day D's counter out of the map
     * ({@code computeIfAbsent}) and then increments it; a flush running meanwhile on day D+1 removes that counter
     * from the map and reads it ({@code sumThenReset}). An increment landing on the removed counter after it was
     * read is in no map and no batch: it is never stored. Here the day changes at every flush, so the race happens
     * within a second; in production it happens around midnight, a few shares per busy night.
     */
    @Test
    @Timeout(60)
    void sharesCountedWhileTheDayChangesUnderAFlushAreNotLost() throws Exception {
        int threads = 4;
        int perThread = 200_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean counting = new AtomicBoolean(true);
        try {
            List<Future<?>> counters = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                counters.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        tally.count("g", VIDEO_1);
                    }
                    return null;
                }));
            }
            Future<?> flusher = pool.submit(() -> {
                start.await();
                while (counting.get()) {
                    clock.advance(Duration.ofDays(1));
                    tally.flushTo(store);
                }
                return null;
            });
            start.countDown();
            for (Future<?> counter : counters) {
                counter.get();
            }
            counting.set(false);
            flusher.get();
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        clock.advance(Duration.ofDays(1));
        tally.flushTo(store);

        assertThat(store.grandTotal()).as("shares stored out of %d counted", threads * perThread).isEqualTo((long) threads * perThread);
    }
}
