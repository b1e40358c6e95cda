package org.svgroups.core.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sending loop's logic, one {@link #step} at a time, for a single worker thread: takes up to a batch of events
 * from the queue, signs and sends it, and on failure keeps that batch and retries it after a backoff that grows
 * with consecutive failures. So there is never more than one batch in flight, and while the backend is down the
 * events wait in the bounded queue (or are dropped there). A batch that failed {@code maxAttempts} times is
 * dropped, counted, so that one poisoned batch cannot hold everything back forever.
 * <p>
 * Only the worker calls {@link #step}; {@link #stats} may be read from any thread.
 */
public final class Notifier {

    /** Delivers one signed body; returns normally only when the backend accepted it. */
    public interface Sender {
        void send(byte[] body, String signature) throws DeliveryException;
    }

    /** The backend did not accept a body; the message is a reason fit for a log line and the console. */
    public static final class DeliveryException extends Exception {
        private static final long serialVersionUID = 1L;

        public DeliveryException(String reason) {
            super(reason);
        }
    }

    public static final int DEFAULT_MAX_ATTEMPTS = 10;

    private final NotifyQueue queue;
    private final Sender sender;
    private final NotifySettings settings;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Clock clock;

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();
    private volatile Instant lastErrorAt;
    private volatile String lastError;

    /** Worker state. */
    private volatile List<NotifyEvent> inHand;
    private String batchId;
    private int batchAttempts;
    private int consecutiveFailures;
    private Instant nextAttempt = Instant.MIN;

    public Notifier(NotifyQueue queue, Sender sender, NotifySettings settings, Backoff backoff, int maxAttempts,
                    Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be positive, not " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Does one piece of work: takes a batch if none is in hand (waiting up to {@code idleWait} for an event), then
     * sends it unless its retry is not due yet.
     *
     * @return how long to wait before the next step: zero when there may be more to do at once
     */
    public Duration step(Duration idleWait) throws InterruptedException {
        if (inHand == null) {
            List<NotifyEvent> events = queue.take(Math.max(1, settings.notifyBatchSize()), idleWait);
            if (events.isEmpty()) {
                return Duration.ZERO;
            }
            inHand = events;
            batchId = UUID.randomUUID().toString();
            batchAttempts = 0;
        }
        List<NotifyEvent> batch = inHand;
        if (!settings.notifyEnabled()) {
            // Switched off while these waited: they have nowhere to go.
            giveUp(batch);
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            return Duration.between(now, nextAttempt);
        }
        byte[] body = NotifyJson.batch(batchId, now, batch).getBytes(StandardCharsets.UTF_8);
        try {
            sender.send(body, NotifySignature.sign(settings.notifySecret(), body));
        } catch (DeliveryException e) {
            failedAttempts.incrementAndGet();
            lastError = e.getMessage();
            lastErrorAt = now;
            consecutiveFailures++;
            batchAttempts++;
            Duration wait = backoff.delay(consecutiveFailures);
            nextAttempt = now.plus(wait);
            if (batchAttempts >= maxAttempts) {
                giveUp(batch);
            }
            return wait;
        }
        sent.addAndGet(batch.size());
        inHand = null;
        consecutiveFailures = 0;
        nextAttempt = Instant.MIN;
        return Duration.ZERO;
    }

    private void giveUp(List<NotifyEvent> batch) {
        givenUp.addAndGet(batch.size());
        inHand = null;
    }

    public NotifyStats stats() {
        List<NotifyEvent> batch = inHand;
        return new NotifyStats(sent.get(), failedAttempts.get(), queue.dropped() + givenUp.get(),
                queue.size() + (batch == null ? 0 : batch.size()), lastErrorAt, lastError);
    }

    public NotifyQueue queue() {
        return queue;
    }
}
