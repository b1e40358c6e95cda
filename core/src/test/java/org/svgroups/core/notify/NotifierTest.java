package org.svgroups.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.core.notify.NotifyQueueTest.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.svgroups.core.testing.MovableClock;

class NotifierTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    /** Records each body; fails while {@link #failing}. */
    private static final class FakeSender implements Notifier.Sender {
        final List<String> bodies = new ArrayList<>();
        final List<String> signatures = new ArrayList<>();
        int attempts;
        boolean failing;

        @Override
        public void send(byte[] body, String signature) throws Notifier.DeliveryException {
            attempts++;
            if (failing) {
                throw new Notifier.DeliveryException("answered 500");
            }
            bodies.add(new String(body, StandardCharsets.UTF_8));
            signatures.add(signature);
        }
    }

    private final MovableClock clock = new MovableClock("2026-11-25T10:00:00Z");
    private final FixedNotifySettings settings = new FixedNotifySettings();
    private final NotifyQueue queue = new NotifyQueue(100);
    private final FakeSender sender = new FakeSender();
    private final Notifier notifier = new Notifier(queue, sender, settings,
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4)), 4, clock);

    private static List<String> archiveIds(String body) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"archiveId\":\"([^\"]+)\"").matcher(body);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String batchId(String body) {
        Matcher matcher = Pattern.compile("\"batch\":\"([^\"]+)\"").matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void eventsGoInSignedBatchesOfAtMostTheBatchSize() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            queue.offer(event(i));
        }

        for (int i = 0; i < 3; i++) {
            assertThat(notifier.step(NO_WAIT)).isZero();
        }
        assertThat(notifier.step(NO_WAIT)).isZero();

        assertThat(sender.bodies).extracting(NotifierTest::archiveIds)
                .containsExactly(List.of("id-0", "id-1"), List.of("id-2", "id-3"), List.of("id-4"));
        for (int i = 0; i < sender.bodies.size(); i++) {
            assertThat(NotifySignature.verify("s3cret", sender.bodies.get(i).getBytes(StandardCharsets.UTF_8),
                    sender.signatures.get(i))).isTrue();
        }
        assertThat(notifier.stats()).isEqualTo(new NotifyStats(5, 0, 0, 0, null, null));
    }

    @Test
    void aFailedBatchIsRetriedAloneAfterAGrowingBackoffAndThenDelivered() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            queue.offer(event(i));
        }
        sender.failing = true;

        assertThat(notifier.step(NO_WAIT)).isEqualTo(Duration.ofSeconds(1));
        // Not due yet: nothing is sent, the wait left is returned.
        clock.advance(Duration.ofMillis(400));
        assertThat(notifier.step(NO_WAIT)).isEqualTo(Duration.ofMillis(600));
        assertThat(sender.attempts).isEqualTo(1);
        clock.advance(Duration.ofMillis(600));
        assertThat(notifier.step(NO_WAIT)).isEqualTo(Duration.ofSeconds(2));
        NotifyStats failing = notifier.stats();
        assertThat(failing.failedAttempts()).isEqualTo(2);
        assertThat(failing.queued()).isEqualTo(3);
        assertThat(failing.lastError()).isEqualTo("answered 500");
        assertThat(failing.lastErrorAt()).isEqualTo(Instant.parse("2026-11-25T10:00:01Z"));

        sender.failing = false;
        clock.advance(Duration.ofSeconds(2));
        assertThat(notifier.step(NO_WAIT)).isZero();
        assertThat(sender.bodies).hasSize(1);
        assertThat(archiveIds(sender.bodies.get(0))).containsExactly("id-0", "id-1");
        // After a success the next batch goes at once.
        assertThat(notifier.step(NO_WAIT)).isZero();
        assertThat(archiveIds(sender.bodies.get(1))).containsExactly("id-2");
        assertThat(notifier.stats().sent()).isEqualTo(3);
        assertThat(notifier.stats().queued()).isZero();
    }

    @Test
    void aRetriedBatchKeepsItsIdSoTheBackendCanTellADuplicate() throws InterruptedException {
        queue.offer(event(0));
        sender.failing = true;
        notifier.step(NO_WAIT);
        sender.failing = false;
        clock.advance(Duration.ofSeconds(1));
        notifier.step(NO_WAIT);
        queue.offer(event(1));
        notifier.step(NO_WAIT);

        assertThat(sender.bodies).hasSize(2);
        assertThat(batchId(sender.bodies.get(0))).isNotEqualTo(batchId(sender.bodies.get(1)));
        assertThat(sender.bodies.get(0)).contains("\"sent\":\"2026-11-25T10:00:01Z\"");
    }

    @Test
    void aBatchThatFailsTooOftenIsDroppedAndCountedAndTheBackoffStaysCapped() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            queue.offer(event(i));
        }
        sender.failing = true;

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Duration wait = notifier.step(NO_WAIT);
            waits.add(wait);
            clock.advance(wait);
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(4), Duration.ofSeconds(4));
        NotifyStats stats = notifier.stats();
        assertThat(stats.failedAttempts()).isEqualTo(5);
        assertThat(stats.dropped()).isEqualTo(2);
        assertThat(stats.queued()).isEqualTo(1);
        assertThat(stats.sent()).isZero();
    }

    @Test
    void eventsThatWaitedWhileNotifyingWasSwitchedOffAreDroppedNotSent() throws InterruptedException {
        queue.offer(event(0));
        settings.url = "";

        assertThat(notifier.step(NO_WAIT)).isZero();

        assertThat(sender.attempts).isZero();
        assertThat(notifier.stats().dropped()).isEqualTo(1);
        assertThat(notifier.stats().queued()).isZero();
    }

    @Test
    void droppedCountsTheFullQueueToo() {
        NotifyQueue small = new NotifyQueue(1);
        Notifier withSmallQueue = new Notifier(small, sender, settings, Backoff.DEFAULT, 3, clock);
        small.offer(event(0));
        small.offer(event(1));

        assertThat(withSmallQueue.stats().dropped()).isEqualTo(1);
        assertThat(withSmallQueue.stats().queued()).isEqualTo(1);
    }

    @Test
    void withNothingQueuedAStepSendsNothing() throws InterruptedException {
        assertThat(notifier.step(NO_WAIT)).isZero();
        assertThat(sender.attempts).isZero();
    }
}
