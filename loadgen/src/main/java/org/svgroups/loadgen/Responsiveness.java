package org.svgroups.loadgen;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.SvGroupsClient;

/**
 * How the server answers while something runs and after: the load users send XEP-0199 pings to the server at a
 * steady rate in total, round robin, and one load user logs in on a new connection each second (then logs out).
 * Each ping and login counts in the phase it started in; a ping or login that fails or times out counts as failed.
 */
final class Responsiveness implements AutoCloseable {

    private static final long PING_TIMEOUT_MS = 30_000;

    /** What one phase saw. */
    record Phase(LatencyHistogram pings, AtomicLong failedPings, LatencyHistogram logins, AtomicLong failedLogins) {
        Phase() {
            this(new LatencyHistogram(), new AtomicLong(), new LatencyHistogram(), new AtomicLong());
        }
    }

    private final Options options;
    private final Fleet fleet;
    private final DomainBareJid server;
    private final Map<String, Phase> phases = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
    private final Thread loginner;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile Phase current;
    private volatile boolean stopped;

    /** Starts pinging and logging in at once, in phase {@code first}. */
    Responsiveness(Options options, Fleet fleet, String first) {
        this.options = options;
        this.fleet = fleet;
        this.server = JidCreate.domainBareFromOrThrowUnchecked(options.domain());
        phase(first);
        long periodNanos = Math.max(1, (long) (1e9 / options.rate()));
        pinger.scheduleAtFixedRate(this::ping, 0, periodNanos, TimeUnit.NANOSECONDS);
        loginner = new Thread(this::logInEachSecond, "loadgen-logins");
        loginner.setDaemon(true);
        loginner.start();
    }

    /** From now on pings and logins count in {@code name}. */
    void phase(String name) {
        current = phases.computeIfAbsent(name, n -> new Phase());
    }

    /** What a phase saw, or an empty one when nothing started in it. */
    Phase of(String name) {
        return phases.getOrDefault(name, new Phase());
    }

    private void ping() {
        Phase phase = current;
        AbstractXMPPConnection connection = fleet.connection(Math.floorMod(next.getAndIncrement(), fleet.size()));
        long start = System.nanoTime();
        outstanding.incrementAndGet();
        try {
            connection.sendIqRequestAsync(new Ping(server), PING_TIMEOUT_MS)
                    .onSuccess(pong -> {
                        phase.pings().record((System.nanoTime() - start) / 1000);
                        outstanding.decrementAndGet();
                    })
                    .onError(e -> {
                        phase.failedPings().incrementAndGet();
                        outstanding.decrementAndGet();
                    });
        } catch (RuntimeException e) {
            phase.failedPings().incrementAndGet();
            outstanding.decrementAndGet();
        }
    }

    private void logInEachSecond() {
        int n = 0;
        while (!stopped) {
            long start = System.nanoTime();
            Phase phase = current;
            String username = options.username(n % options.users());
            try {
                SvGroupsClient client = Fleet.login(Fleet.configuration(options, username, "probe" + n));
                phase.logins().record((System.nanoTime() - start) / 1000);
                client.close();
            } catch (Exception e) {
                phase.failedLogins().incrementAndGet();
            }
            n++;
            long rest = TimeUnit.SECONDS.toNanos(1) - (System.nanoTime() - start);
            if (rest > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(rest);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Stops sending and waits for the answers still outstanding (at most the ping timeout). */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        pinger.shutdown();
        pinger.awaitTermination(5, TimeUnit.SECONDS);
        loginner.interrupt();
        loginner.join(TimeUnit.SECONDS.toMillis(40));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PING_TIMEOUT_MS + 1_000);
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
