package org.svgroups.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.svgroups.core.notify.Backoff;
import org.svgroups.core.notify.GroupNotices;
import org.svgroups.core.notify.GroupNotices.GroupMessage;
import org.svgroups.core.notify.Notifier;
import org.svgroups.core.notify.NotifyQueue;
import org.svgroups.core.notify.NotifySettings;
import org.svgroups.core.notify.PreviewRule;
import org.svgroups.openfire.notify.HttpNotifySender;

/**
 * The notifier: what the message path pays to queue an event for a 32-member group with 3 in the room (and when
 * the queue is full because the backend is down), and how many events per second the whole sending loop (JSON,
 * HMAC-SHA256, one HTTP POST per batch of {@value #BATCH}, one in flight) delivers to a loopback endpoint that
 * answers 204 at once.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NotifyBenchmark {

    static final int BATCH = 100;
    private static final String GROUP = "crew@groups.example.org";

    private final List<String> people = new ArrayList<>();
    private final Set<String> present = Set.of("m00@example.org", "m01@example.org", "m02@example.org");
    private final GroupMessage message = new GroupMessage("Rehearsal moved to 7pm, see you there? Bring the speaker.",
            List.of("urn:xmpp:sid:0", "urn:xmpp:occupant-id:0"), "2d3f0f8e-1c5b-4c1e-9a4e-5a6d2b1f9c77", false);

    private HttpServer server;
    private NotifyQueue queue;
    private NotifyQueue full;
    private GroupNotices notices;
    private GroupNotices toFullQueue;
    private Notifier notifier;

    private static final class Settings implements NotifySettings {
        String url = "";

        @Override
        public String notifyUrl() {
            return url;
        }

        @Override
        public String notifySecret() {
            return "benchmark-secret";
        }

        @Override
        public boolean notifyPreviews() {
            return true;
        }

        @Override
        public int notifyBatchSize() {
            return BATCH;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        for (int i = 0; i < 32; i++) {
            people.add(String.format("m%02d@example.org", i));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/wake", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        Settings settings = new Settings();
        settings.url = "http://127.0.0.1:" + server.getAddress().getPort() + "/wake";
        queue = new NotifyQueue(1_000_000);
        notices = new GroupNotices(settings, new PreviewRule(PreviewRule.DEFAULT_MAX_CODE_POINTS), queue, Clock.systemUTC());
        full = new NotifyQueue(100);
        toFullQueue = new GroupNotices(settings, new PreviewRule(PreviewRule.DEFAULT_MAX_CODE_POINTS), full, Clock.systemUTC());
        while (toFullQueue.message(GROUP, "Crew", people, present, "m00@example.org", message)) {
            // Filled: from now on every event is dropped, as while the backend is down.
        }
        notifier = new Notifier(queue, new HttpNotifySender(settings, () -> Duration.ofSeconds(5)), settings,
                Backoff.DEFAULT, Notifier.DEFAULT_MAX_ATTEMPTS, Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.stop(0);
    }

    /** The message path: one event made and queued (then taken out again, so that the queue never fills). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object queueAnEvent() throws InterruptedException {
        notices.message(GROUP, "Crew", people, present, "m00@example.org", message);
        return queue.take(1, Duration.ZERO);
    }

    /** The message path while the backend is down and the queue is full: the event is made and dropped. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public boolean dropAnEvent() {
        return toFullQueue.message(GROUP, "Crew", people, present, "m00@example.org", message);
    }

    /** Events delivered per second: {@value #BATCH} queued, then one step sends them in one POST. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public Object deliverABatch() throws InterruptedException {
        for (int i = 0; i < BATCH; i++) {
            notices.message(GROUP, "Crew", people, present, "m00@example.org", message);
        }
        return notifier.step(Duration.ZERO);
    }
}
