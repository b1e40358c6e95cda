package org.svgroups.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.SvGroupsClient;

/**
 * A member sending numbered messages into a group on a thread of its own, as the load of the fault tests: each
 * message the group acknowledged (reflected to the sender) is noted with its stanza-id and when. A failed send either
 * ends the talk (a connection to a killed server) or is counted and the talk goes on (a server that recovers).
 */
final class Talker implements AutoCloseable {

    /** A message the group reflected to its sender: it was delivered, and the archive owes it. */
    record Acknowledged(String id, String body, Instant at) {
    }

    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean talking = new AtomicBoolean(true);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<?> talk;

    /**
     * @param pause         between one acknowledgement and the next message
     * @param stopAtFailure whether the first failed send ends the talk
     */
    private Talker(SvGroupsClient sender, EntityBareJid group, String prefix, Duration pause, boolean stopAtFailure) {
        talk = thread.submit(() -> {
            for (int i = 0; talking.get(); i++) {
                String body = prefix + " " + i;
                try {
                    String id = sender.send(group, body).stanzaId().orElseThrow();
                    acknowledged.add(new Acknowledged(id, body, Instant.now()));
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    failures.incrementAndGet();
                    if (stopAtFailure) {
                        return;
                    }
                    System.out.println("Talker " + prefix + ": a message failed: " + e);
                }
            }
        });
    }

    /** Talks until stopped; the first failed send ends the talk. */
    static Talker untilFailure(SvGroupsClient sender, EntityBareJid group, String prefix) {
        return new Talker(sender, group, prefix, Duration.ZERO, true);
    }

    /** Talks until stopped, whatever fails meanwhile. */
    static Talker throughFailures(SvGroupsClient sender, EntityBareJid group, String prefix, Duration pause) {
        return new Talker(sender, group, prefix, pause, false);
    }

    /** What was acknowledged so far, in order. */
    List<Acknowledged> acknowledged() {
        return new ArrayList<>(acknowledged);
    }

    int failures() {
        return failures.get();
    }

    /** Stops after the message in flight, and waits for it. */
    List<Acknowledged> stop() throws Exception {
        talking.set(false);
        talk.get(30, TimeUnit.SECONDS);
        return acknowledged();
    }

    /** The longest time between two acknowledgements in a row: what a member saw of a fault. */
    static Duration longestGap(List<Acknowledged> acknowledged) {
        Duration longest = Duration.ZERO;
        for (int i = 1; i < acknowledged.size(); i++) {
            Duration gap = Duration.between(acknowledged.get(i - 1).at(), acknowledged.get(i).at());
            longest = gap.compareTo(longest) > 0 ? gap : longest;
        }
        return longest;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
