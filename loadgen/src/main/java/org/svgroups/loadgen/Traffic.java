package org.svgroups.loadgen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.packet.OutOfBandData;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.core.share.Share;

/**
 * Drives the chosen mix into the groups of one service and measures it. Every operation starts on the driver
 * thread (paced by {@code --rate}, bounded by {@code --concurrency}) and completes where the server's answer
 * arrives: a message or share when the room reflects it to its sender, an invitation when the invitee receives it,
 * a join when the room confirms the entry. The send time travels in the message id, so that every member's copy
 * gives one latency sample.
 */
final class Traffic implements AutoCloseable {

    /** How long a run waits for operations still in flight after its window. */
    private static final Duration DRAIN = Duration.ofSeconds(10);
    private static final String ID_PREFIX = "lg-";
    private static final long REJOIN_PAUSE_MILLIS = 100;

    private final Options options;
    private final Layout layout;
    private final Fleet fleet;
    private final Share share = LoopbackCatalogue.VIDEO;
    private final String padding;
    /** Invitee pools, per service and group: who can be invited right now. */
    private final Map<String, List<Queue<Integer>>> freeInvitees = new HashMap<>();
    /** Members leaving and re-entering right now ("room|user"), who neither send nor rejoin meanwhile. */
    private final Set<String> rejoining = ConcurrentHashMap.newKeySet();
    /** Inviter and invitee pairs invited before on a service: the first invitation of a pair counts as cold. */
    private final Set<String> invitedPairs = ConcurrentHashMap.newKeySet();
    private final ExecutorService blocking = Executors.newCachedThreadPool(daemon("loadgen-blocking"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("loadgen-progress"));
    private final AtomicInteger runs = new AtomicInteger();
    private volatile Measurement current;

    Traffic(Options options, Layout layout, Fleet fleet) {
        this.options = options;
        this.layout = layout;
        this.fleet = fleet;
        this.padding = "x".repeat(options.size());
        for (int u = 0; u < fleet.size(); u++) {
            int user = u;
            fleet.connection(u).addStanzaListener(stanza -> onGroupchat(user, (Message) stanza), MessageTypeFilter.GROUPCHAT);
            fleet.connection(u).addStanzaListener(stanza -> onError(user, (Message) stanza), MessageTypeFilter.ERROR);
            fleet.connection(u).addStanzaListener(stanza -> onInvitation(user, (Message) stanza),
                    new AndFilter(StanzaTypeFilter.MESSAGE, new StanzaExtensionFilter(MUCUser.ELEMENT, MUCUser.NAMESPACE)));
        }
    }

    /** The sizes to compare plain messages and shares at the same size ({@code --size}). */
    String stanzaSizes() {
        EntityBareJid room = room("groups", 0);
        int plain = StanzaBuilder.buildMessage("lg-1-0-0-0").to(room).ofType(Message.Type.groupchat).setBody(padding)
                .build().toXML().length();
        int shared = StanzaBuilder.buildMessage("lg-1-1-0-0").to(room).ofType(Message.Type.groupchat)
                .setBody(share.plainText()).addExtension(new ShareElement(share)).addExtension(OutOfBandData.of(share))
                .build().toXML().length();
        return String.format(Locale.ROOT, "stanzas as sent: plain message %d characters (--size %d), share %d characters",
                plain, options.size(), shared);
    }

    /** Creates the service's groups and lets every member in; run once per service before its runs. */
    void setUp(String service) throws Exception {
        boolean logging = options.roomLogging() && !service.equals("groups");
        for (int g = 0; g < layout.groups(); g++) {
            Rooms.create(fleet, room(service, g), layout.members(g), logging);
        }
        List<Future<?>> work = new ArrayList<>();
        for (int g = 0; g < layout.groups(); g++) {
            for (int member : present(g)) {
                EntityBareJid room = room(service, g);
                work.add(blocking.submit(() -> {
                    Rooms.join(fleet, member, room);
                    return null;
                }));
            }
        }
        awaitAll(work);
        List<Queue<Integer>> pools = new ArrayList<>();
        for (int g = 0; g < layout.groups(); g++) {
            pools.add(new ConcurrentLinkedQueue<>(layout.invitees(g)));
        }
        freeInvitees.put(service, pools);
        System.out.printf(Locale.ROOT, "%s: %d groups of %d members ready%s%s%n", service, layout.groups(), layout.members(),
                options.absent() > 0 ? " (" + options.absent() + " of them stay out of each room)" : "",
                logging ? " (conversation logging on)" : "");
    }

    /** One measured run: warmup, window, drain. */
    List<RunResult> run(Options.Variant variant, int round) throws InterruptedException {
        Measurement m = new Measurement(runs.incrementAndGet(), options.concurrency());
        current = m;
        String label = variant.label();
        long start = System.nanoTime();
        long windowStart = start + options.warmup().toNanos();
        long windowEnd = options.duration() == null ? Long.MAX_VALUE : windowStart + options.duration().toNanos();
        m.openWindow(windowStart);
        // Wall-clock marks, to line a run up with a profile recorded on the server.
        System.out.printf(Locale.ROOT, "[%s r%d] starts at %s%n", label, round, Instant.now());
        Progress progress = new Progress(label, round, m, start, windowStart);
        var tick = ticker.scheduleAtFixedRate(progress, 1, 1, TimeUnit.SECONDS);
        try {
            long windowOps = 0;
            long sequence = 0;
            double interval = options.rate() > 0 ? 1e9 / options.rate() : 0;
            while (true) {
                long now = System.nanoTime();
                if (now >= windowEnd || options.duration() == null && windowOps >= options.operations()) {
                    break;
                }
                if (interval > 0) {
                    long due = start + (long) (sequence * interval);
                    if (due > now) {
                        TimeUnit.NANOSECONDS.sleep(due - now);
                    }
                }
                m.acquire();
                sequence++;
                if (startOne(m, variant, now = System.nanoTime())) {
                    if (m.inWindow(now)) {
                        windowOps++;
                    }
                } else {
                    m.release();
                    Thread.sleep(1);
                }
            }
            m.closeWindow(System.nanoTime());
            long drainUntil = System.nanoTime() + DRAIN.toNanos();
            while (m.inFlight() > 0 && System.nanoTime() < drainUntil) {
                Thread.sleep(20);
            }
            m.giveUp(System.nanoTime(), true);
        } finally {
            tick.cancel(false);
        }
        System.out.printf(Locale.ROOT, "[%s r%d] ends at %s%n", label, round, Instant.now());
        if (m.firstError() != null) {
            System.out.println("  first failure: " + m.firstError());
        }
        return m.results(label, round);
    }

    /** @return false when the chosen operation cannot start now (no free invitee or member) */
    private boolean startOne(Measurement m, Options.Variant variant, long now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        OpKind kind = variant.mix().pick(random.nextDouble());
        int g = random.nextInt(layout.groups());
        EntityBareJid room = room(variant.service(), g);
        List<Integer> members = present(g);
        return switch (kind) {
            case MESSAGE, SHARE -> send(m, kind, room, members.get(random.nextInt(members.size())), now);
            case INVITE -> invite(m, variant.service(), g, room, now);
            case JOIN -> rejoin(m, room, members.get(1 + random.nextInt(members.size() - 1)), now);
        };
    }

    private boolean send(Measurement m, OpKind kind, EntityBareJid room, int sender, long now) {
        if (rejoining.contains(room + "|" + sender)) {
            return false;
        }
        String id = ID_PREFIX + m.id + "-" + kind.ordinal() + "-" + sender + "-" + now;
        MessageBuilder message = StanzaBuilder.buildMessage(id).to(room).ofType(Message.Type.groupchat);
        if (kind == OpKind.SHARE) {
            message.setBody(share.plainText()).addExtension(new ShareElement(share)).addExtension(OutOfBandData.of(share));
        } else {
            message.setBody(padding);
        }
        m.started(id, new Measurement.Pending(now, kind.label()));
        try {
            fleet.connection(sender).sendStanza(message.build());
        } catch (Exception e) {
            m.failed(id, kind.label(), now, "send: " + e);
        }
        return true;
    }

    private boolean invite(Measurement m, String service, int g, EntityBareJid room, long now) {
        Integer invitee = freeInvitees.get(service).get(g).poll();
        if (invitee == null) {
            return false;
        }
        int owner = layout.owner(g);
        boolean cold = invitedPairs.add(service + "|" + owner + "|" + invitee);
        String metric = cold ? "invite-cold" : "invite-warm";
        MUCUser x = new MUCUser();
        x.setInvite(new MUCUser.Invite("load", fleet.jid(invitee)));
        String key = invitationKey(room, invitee);
        m.started(key, new Measurement.Pending(now, metric));
        try {
            fleet.connection(owner).sendStanza(StanzaBuilder.buildMessage().to(room).addExtension(x).build());
        } catch (Exception e) {
            m.failed(key, metric, now, "invite: " + e);
            freeInvitees.get(service).get(g).add(invitee);
        }
        return true;
    }

    private boolean rejoin(Measurement m, EntityBareJid room, int member, long now) {
        String who = room + "|" + member;
        if (!rejoining.add(who)) {
            return false;
        }
        blocking.execute(() -> {
            MultiUserChat muc = fleet.room(member, room);
            long start = now;
            try {
                muc.leave();
                // Smack handles the leave's own presence on another thread; entering again before it has would
                // wait forever for the room's answer.
                Thread.sleep(REJOIN_PAUSE_MILLIS);
                start = System.nanoTime();
                Rooms.join(fleet, member, room);
                m.startedAndCompleted(OpKind.JOIN.label(), start, System.nanoTime());
            } catch (Exception e) {
                m.failed(null, OpKind.JOIN.label(), start, "join: " + e);
            } finally {
                rejoining.remove(who);
            }
        });
        return true;
    }

    private void onGroupchat(int receiver, Message message) {
        String id = message.getStanzaId();
        Measurement m = current;
        if (id == null || !id.startsWith(ID_PREFIX) || m == null) {
            return;
        }
        long now = System.nanoTime();
        String[] parts = id.split("-");
        if (parts.length != 5 || Integer.parseInt(parts[1]) != m.id) {
            return;
        }
        String metric = OpKind.values()[Integer.parseInt(parts[2])].label();
        m.delivered(metric, Long.parseLong(parts[4]), now);
        if (Integer.parseInt(parts[3]) == receiver) {
            m.complete(id);
        }
    }

    private void onError(int receiver, Message message) {
        String id = message.getStanzaId();
        Measurement m = current;
        if (id != null && id.startsWith(ID_PREFIX) && m != null) {
            String[] parts = id.split("-");
            if (parts.length == 5 && Integer.parseInt(parts[1]) == m.id) {
                m.failed(id, OpKind.values()[Integer.parseInt(parts[2])].label(), Long.parseLong(parts[4]),
                        "refused: " + message.getError());
            }
        }
    }

    /** An invitation from a room reached an invitee: the invitation completes, and the owner takes it back. */
    private void onInvitation(int invitee, Message message) {
        MUCUser x = MUCUser.from(message);
        Measurement m = current;
        if (x == null || x.getInvite() == null || m == null || message.getFrom() == null) {
            return;
        }
        EntityBareJid room = message.getFrom().asEntityBareJidIfPossible();
        Measurement.Pending pending = m.complete(invitationKey(room, invitee));
        if (pending == null) {
            return;
        }
        m.delivered(pending.metric(), pending.startNanos(), System.nanoTime());
        String service = room.getDomain().toString().split("\\.", 2)[0];
        int g = groupOf(room);
        blocking.execute(() -> {
            try {
                fleet.room(layout.owner(g), room).revokeMembership(fleet.jid(invitee));
            } catch (Exception e) {
                System.out.println("  could not take back the invitation of " + fleet.jid(invitee) + ": " + e);
                return;
            }
            freeInvitees.get(service).get(g).add(invitee);
        });
    }

    /** The members who enter the room: all but the last {@code --absent}. */
    private List<Integer> present(int g) {
        List<Integer> members = layout.members(g);
        return members.subList(0, members.size() - options.absent());
    }

    private static String invitationKey(EntityBareJid room, int invitee) {
        return "invite|" + room + "|" + invitee;
    }

    EntityBareJid room(String service, int g) {
        return Rooms.jid("lg" + g, service, options.domain());
    }

    private static int groupOf(EntityBareJid room) {
        return Integer.parseInt(room.getLocalpart().toString().substring(2));
    }

    private static void awaitAll(List<Future<?>> work) throws Exception {
        for (Future<?> future : work) {
            future.get();
        }
        work.clear();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        blocking.shutdownNow();
    }

    /**
     * The line printed every second: phase, rates over the last second, in flight, p99 so far.
     *
     * @param last the totals at the previous line: operations started, deliveries
     */
    private record Progress(String label, int round, Measurement m, long start, long windowStart, long[] last)
            implements Runnable {

        Progress(String label, int round, Measurement m, long start, long windowStart) {
            this(label, round, m, start, windowStart, new long[2]);
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            m.giveUp(now, false);
            long starts = m.allStarts.sum();
            long deliveries = m.allDeliveries.sum();
            String p99 = m.results(label, round).stream().map(r -> r.metric() + " p99 " + r.p99() / 1000.0 + " ms")
                    .reduce((a, b) -> a + ", " + b).orElse("-");
            System.out.printf(Locale.ROOT, "[%s r%d] %s %3ds  ops/s %6d  deliveries/s %7d  in flight %4d  %s%n",
                    label, round, now < windowStart ? "warmup " : "measure", (now - start) / 1_000_000_000,
                    starts - last[0], deliveries - last[1], m.inFlight(), p99);
            last[0] = starts;
            last[1] = deliveries;
        }
    }
}
