package org.svgroups.openfire.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svgroups.core.notify.Backoff;
import org.svgroups.core.notify.Notifier;
import org.svgroups.core.notify.NotifyEvent;
import org.svgroups.core.notify.NotifyKind;
import org.svgroups.core.notify.NotifyQueue;
import org.svgroups.core.notify.NotifySettings;
import org.svgroups.core.notify.NotifySignature;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.openfire.http.LoopbackHttp;

/** The HTTP sender and the whole notifier against a loopback endpoint that answers as each test needs. */
class HttpNotifySenderTest {

    private static final String SECRET = "loopback-secret";

    /** One received POST. */
    private record Received(String body, String signature, String contentType) {
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Status of the next answers: each request takes the first left, then 200. */
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hang;
    private final AtomicInteger requests = new AtomicInteger();
    private final Settings settings = new Settings();

    private static final class Settings implements NotifySettings {
        volatile String url;

        @Override
        public String notifyUrl() {
            return url;
        }

        @Override
        public String notifySecret() {
            return SECRET;
        }

        @Override
        public boolean notifyPreviews() {
            return true;
        }

        @Override
        public int notifyBatchSize() {
            return 10;
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/wake", exchange -> {
            requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (hang) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            received.add(new Received(new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst(NotifySignature.HEADER),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            int status = statuses.isEmpty() ? 200 : statuses.remove(0);
            LoopbackHttp.send(exchange, status, "");
        });
        server.start();
        settings.url = "http://127.0.0.1:" + server.getAddress().getPort() + "/wake";
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private HttpNotifySender sender(Duration timeout) {
        return new HttpNotifySender(settings, () -> timeout);
    }

    private static NotifyEvent event(int i) {
        return new NotifyEvent("g@groups.example.org", "G", "alice@example.org", NotifyKind.MESSAGE, "id-" + i,
                List.of("bob@example.org"), "hi", java.time.Instant.parse("2026-11-25T10:00:00Z"), null);
    }

    @Test
    void aTwoHundredIsDeliveryAndTheBodyArrivesSignedAsJson() throws Exception {
        byte[] body = "{\"events\":[]}".getBytes(StandardCharsets.UTF_8);
        sender(Duration.ofSeconds(5)).send(body, NotifySignature.sign(SECRET, body));

        assertThat(received).hasSize(1);
        Received post = received.get(0);
        assertThat(post.body()).isEqualTo("{\"events\":[]}");
        assertThat(post.contentType()).isEqualTo("application/json");
        assertThat(NotifySignature.verify(SECRET, post.body().getBytes(StandardCharsets.UTF_8), post.signature())).isTrue();
    }

    @Test
    void anyOtherStatusIsAFailureThatSaysWhichWithoutTheUrl() {
        statuses.add(500);
        assertThatThrownBy(() -> sender(Duration.ofSeconds(5)).send(new byte[0], "sha256=00"))
                .isInstanceOf(Notifier.DeliveryException.class).hasMessage("answered 500")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("127.0.0.1"));
        statuses.add(302);
        assertThatThrownBy(() -> sender(Duration.ofSeconds(5)).send(new byte[0], "sha256=00"))
                .hasMessage("answered 302");
    }

    @Test
    void aClosedPortIsAFailure() {
        settings.url = "http://127.0.0.1:" + LoopbackHttp.closedPort() + "/wake";
        assertThatThrownBy(() -> sender(Duration.ofSeconds(2)).send(new byte[0], "sha256=00"))
                .isInstanceOf(Notifier.DeliveryException.class).hasMessageContaining("connection");
    }

    @Test
    void anEndpointThatNeverAnswersIsCutOffAtTheTimeout() {
        hang = true;
        assertThatThrownBy(() -> sender(Duration.ofMillis(300)).send(new byte[0], "sha256=00"))
                .isInstanceOf(Notifier.DeliveryException.class).hasMessageContaining("within 300 ms");
    }

    @Test
    void theNotifierRecoversAfterFiveHundredsAndDeliversEveryEventOnce() throws Exception {
        statuses.add(500);
        statuses.add(503);
        NotifyQueue queue = new NotifyQueue(100);
        Notifier notifier = new Notifier(queue, sender(Duration.ofSeconds(5)), settings,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(40)), 10, Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            queue.offer(event(i));
        }

        NotifyWorker worker = new NotifyWorker(notifier, Clock.systemUTC());
        worker.start();
        try {
            awaitSent(worker, 3);
        } finally {
            assertThat(worker.stop(Duration.ofSeconds(5))).isTrue();
        }
        NotifyStats stats = worker.stats();
        assertThat(stats.failedAttempts()).isEqualTo(2);
        assertThat(stats.lastError()).isEqualTo("answered 503");
        assertThat(stats.dropped()).isZero();
        assertThat(requests.get()).isEqualTo(3);
        // The same batch three times: the last delivered carries every event, and only it was accepted.
        assertThat(received.get(2).body()).contains("id-0", "id-1", "id-2");
    }

    @Test
    void anEndpointThatNeverAnswersKeepsOneBatchInFlightAndTheQueueBounded() throws Exception {
        hang = true;
        NotifyQueue queue = new NotifyQueue(100);
        Notifier notifier = new Notifier(queue, sender(Duration.ofMillis(200)), settings,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(20)), 1000, Clock.systemUTC());
        NotifyWorker worker = new NotifyWorker(notifier, Clock.systemUTC());
        worker.start();
        try {
            for (int i = 0; i < 1000; i++) {
                queue.offer(event(i));
            }
            // The worker took at most one batch of 10; the queue held at most its capacity; the rest was dropped.
            NotifyStats stats = worker.stats();
            assertThat(stats.queued()).isLessThanOrEqualTo(110);
            assertThat(stats.dropped()).isGreaterThanOrEqualTo(890);
            assertThat(stats.queued() + stats.dropped()).isEqualTo(1000);
            awaitFailures(worker, 2);
            assertThat(stats.sent()).isZero();
        } finally {
            assertThat(worker.stop(Duration.ofSeconds(5))).isTrue();
        }
        // One batch in flight at a time: never more requests open than attempts made.
        assertThat(requests.get()).isLessThanOrEqualTo((int) worker.stats().failedAttempts() + 1);
    }

    private static void awaitSent(NotifyWorker worker, long sent) throws InterruptedException {
        for (int i = 0; i < 500 && worker.stats().sent() < sent; i++) {
            Thread.sleep(20);
        }
        assertThat(worker.stats().sent()).isEqualTo(sent);
    }

    private static void awaitFailures(NotifyWorker worker, long failures) throws InterruptedException {
        for (int i = 0; i < 500 && worker.stats().failedAttempts() < failures; i++) {
            Thread.sleep(20);
        }
        assertThat(worker.stats().failedAttempts()).isGreaterThanOrEqualTo(failures);
    }
}
