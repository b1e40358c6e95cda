package org.svgroups.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jxmpp.jid.EntityBareJid;

/**
 * Measures the server's live heap per idle persistent group and per pending invitation: live bytes after a full
 * collection ({@code jcmd PID GC.class_histogram}, whose total counts only reachable objects) before and after
 * creating the groups, and after inviting minors into them (svgroups holds those invitations until they accept).
 */
record HeapProbe(Options options, Layout layout, Fleet fleet, long pid) {

    /** One measurement: {@code count} things of a kind added {@code after - before} live bytes. */
    record HeapResult(String service, String what, int count, long beforeBytes, long afterBytes) {
        double bytesEach() {
            return (afterBytes - beforeBytes) / (double) count;
        }
    }

    /**
     * @param minors the fleet indexes of the minors, after the load users
     */
    List<HeapResult> run(List<Integer> minors) throws Exception {
        List<HeapResult> results = new ArrayList<>();
        for (String service : options.services()) {
            long before = liveBytes();
            List<EntityBareJid> rooms = createGroups(service);
            long afterGroups = liveBytes();
            results.add(new HeapResult(service, "group of " + layout.members(), rooms.size(), before, afterGroups));
            System.out.println(line(results.get(results.size() - 1)));
            if (options.heapInvitations() > 0 && !options.withoutPlugin() && service.equals("groups")) {
                invite(rooms, minors);
                HeapResult pending = new HeapResult(service, "pending invitation", options.heapInvitations(), afterGroups, liveBytes());
                results.add(pending);
                System.out.println(line(pending));
            }
        }
        return results;
    }

    static String line(HeapResult r) {
        return String.format(Locale.ROOT, "%-12s %-20s %8d  live heap %,d -> %,d bytes: %,.0f bytes each", r.service(),
                r.what(), r.count(), r.beforeBytes(), r.afterBytes(), r.bytesEach());
    }

    /**
     * Creates {@code --heap-groups} groups, each with the members of load group {@code h mod G}, one after another
     * (see {@link Rooms#create}). The owner stays in each, so every group also holds one occupant.
     */
    private List<EntityBareJid> createGroups(String service) throws Exception {
        List<EntityBareJid> rooms = new ArrayList<>();
        for (int h = 0; h < options.heapGroups(); h++) {
            EntityBareJid room = Rooms.jid("lgheap" + h, service, options.domain());
            Rooms.create(fleet, room, layout.members(h % layout.groups()), options.roomLogging() && !service.equals("groups"));
            rooms.add(room);
            if ((h + 1) % 1000 == 0) {
                System.out.printf(Locale.ROOT, "%s: %d groups created%n", service, h + 1);
            }
        }
        return rooms;
    }

    /** Each owner invites minors into its groups until {@code --heap-invitations} are pending. */
    private void invite(List<EntityBareJid> rooms, List<Integer> minors) throws Exception {
        int wanted = options.heapInvitations();
        CountDownLatch received = new CountDownLatch(wanted);
        for (int minor : minors) {
            fleet.connection(minor).addStanzaListener(stanza -> received.countDown(),
                    new AndFilter(StanzaTypeFilter.MESSAGE, new StanzaExtensionFilter(MUCUser.ELEMENT, MUCUser.NAMESPACE)));
        }
        for (int i = 0; i < wanted; i++) {
            int h = i % rooms.size();
            int minor = minors.get(i / rooms.size());
            MUCUser x = new MUCUser();
            x.setInvite(new MUCUser.Invite("heap", fleet.jid(minor)));
            fleet.connection(layout.owner(h % layout.groups()))
                    .sendStanza(StanzaBuilder.buildMessage().to(rooms.get(h)).addExtension(x).build());
        }
        if (!received.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("only " + (wanted - received.getCount()) + " of " + wanted + " invitations arrived");
        }
    }

    /** Live bytes of the server's heap after a full collection. */
    long liveBytes() throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("jcmd failed: " + output);
        }
        return totalBytes(output);
    }

    /** The bytes of the histogram's last line, {@code Total <instances> <bytes>}. */
    static long totalBytes(String histogram) {
        List<String> lines = histogram.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] fields = lines.get(i).trim().split("\\s+");
            if (fields.length == 3 && fields[0].equals("Total")) {
                return Long.parseLong(fields[2]);
            }
        }
        throw new IllegalArgumentException("no 'Total' line in the class histogram");
    }
}
