package org.svgroups.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * svgroups' share of a server's CPU samples, per variant of a load run: reads a JFR recording of the server
 * ({@code jcmd PID JFR.start settings=profile ...}) and the generator's output, and gives each execution sample to
 * the run it fell in, from the run's start (its "starts at" line) to the next run's start, so that a run is charged
 * with the work it left behind (run with {@code --settle} so that this work ends before the next run). Counted per
 * variant: all samples, those with an {@code org.svgroups} frame anywhere in the stack (svgroups' code and what it
 * calls: the share the targets name), those whose top frame is svgroups' own, those in Openfire's conversation log
 * (its MUC archiver), and the svgroups frames nearest the top. svgroups' samples are also split by {@link Place}: the
 * archive's writer (whatever its database driver does on that thread included), the archive listener, the two
 * interceptors, the rest.
 *
 * <pre>java -cp loadgen/target/svgroups-loadgen.jar org.svgroups.loadgen.ProfileShare RECORDING.jfr GENERATOR-OUTPUT</pre>
 */
public final class ProfileShare {

    private static final Pattern START = Pattern.compile("^\\[(.+) r(\\d+)] starts at (\\S+)$");
    private static final String SVGROUPS = "org.svgroups.";

    private ProfileShare() {
    }

    /** A run of a variant, from its start to the next run's start (the last one has no end). */
    record Segment(String variant, Instant from, Instant to) {
    }

    /**
     * Where an svgroups sample is: the archive's writer when a frame is its flush (the thread's task wrapper above it
     * is svgroups' too); else the class of the outermost svgroups frame, the entry Openfire called (an interceptor
     * calling another's address test is still its own).
     */
    enum Place {
        ARCHIVE_WRITER("archive writer", "org.svgroups.core.archive.ArchiveBuffer.flushTo"),
        ARCHIVE_LISTENER("ArchiveListener", "org.svgroups.openfire.ArchiveListener."),
        GROUP_STANZA_INTERCEPTOR("GroupStanzaInterceptor", "org.svgroups.openfire.GroupStanzaInterceptor."),
        LINK_ANSWER_INTERCEPTOR("LinkAnswerInterceptor", "org.svgroups.openfire.LinkAnswerInterceptor."),
        OTHER("other", SVGROUPS);

        final String label;
        private final String framePrefix;

        Place(String label, String framePrefix) {
            this.label = label;
            this.framePrefix = framePrefix;
        }

        /** @param frames class.method names, top of the stack first, at least one of svgroups */
        static Place of(List<String> frames) {
            if (frames.stream().anyMatch(f -> f.startsWith(ARCHIVE_WRITER.framePrefix))) {
                return ARCHIVE_WRITER;
            }
            String entry = frames.stream().filter(f -> f.startsWith(SVGROUPS)).reduce((a, b) -> b).orElseThrow();
            for (Place place : values()) {
                if (entry.startsWith(place.framePrefix)) {
                    return place;
                }
            }
            throw new AssertionError("OTHER takes every svgroups frame");
        }
    }

    /** The JDBC drivers Openfire ships: on the writer's thread, the database's part of a write. */
    private static final List<String> DRIVERS = List.of("org.postgresql.", "org.mariadb.", "com.mysql.", "org.hsqldb.");

    /** Per variant: samples, svgroups anywhere, svgroups on top, Openfire's conversation log; and svgroups frames. */
    static final class Tally {
        long samples;
        long svgroups;
        long svgroupsOnTop;
        long conversationLog;
        final Map<String, Integer> nearestSvgroupsFrame = new TreeMap<>();
        final Map<Place, Long> places = new EnumMap<>(Place.class);
        /** The writer's samples with a database driver's frame on top. */
        long writerInDriver;

        /** @param frames class.method names, top of the stack first */
        void add(List<String> frames) {
            samples++;
            String nearest = frames.stream().filter(f -> f.startsWith(SVGROUPS)).findFirst().orElse(null);
            if (nearest != null) {
                svgroups++;
                nearestSvgroupsFrame.merge(nearest, 1, Integer::sum);
                if (frames.get(0).startsWith(SVGROUPS)) {
                    svgroupsOnTop++;
                }
                Place place = Place.of(frames);
                places.merge(place, 1L, Long::sum);
                if (place == Place.ARCHIVE_WRITER && DRIVERS.stream().anyMatch(frames.get(0)::startsWith)) {
                    writerInDriver++;
                }
            }
            if (frames.stream().anyMatch(f -> f.startsWith("org.jivesoftware.openfire.muc.spi.ConversationLog")
                    || f.contains("MultiUserChatServiceImpl$ConversationLogEntryArchiver"))) {
                conversationLog++;
            }
        }
    }

    /** The runs named in the generator's output, in order. */
    static List<Segment> segments(List<String> generatorOutput) {
        List<Segment> segments = new ArrayList<>();
        for (String line : generatorOutput) {
            Matcher m = START.matcher(line.strip());
            if (m.matches()) {
                Instant from = Instant.parse(m.group(3));
                if (!segments.isEmpty()) {
                    Segment last = segments.remove(segments.size() - 1);
                    segments.add(new Segment(last.variant(), last.from(), from));
                }
                segments.add(new Segment(m.group(1), from, Instant.MAX));
            }
        }
        return segments;
    }

    /** The variant whose run {@code time} fell in, or null before the first run. */
    static String variantAt(List<Segment> segments, Instant time) {
        for (Segment s : segments) {
            if (!time.isBefore(s.from()) && time.isBefore(s.to())) {
                return s.variant();
            }
        }
        return null;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ProfileShare RECORDING.jfr GENERATOR-OUTPUT");
            System.exit(2);
        }
        List<Segment> segments = segments(Files.readAllLines(Path.of(args[1])));
        if (segments.isEmpty()) {
            System.err.println("ProfileShare: no \"[variant rN] starts at\" line in " + args[1]);
            System.exit(2);
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        segments.forEach(s -> tallies.computeIfAbsent(s.variant(), v -> new Tally()));
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                String variant = variantAt(segments, event.getStartTime());
                if (variant != null) {
                    List<String> frames = new ArrayList<>();
                    for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                        frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                    }
                    if (!frames.isEmpty()) {
                        tallies.get(variant).add(frames);
                    }
                }
            }
        }
        System.out.println("variant | samples | svgroups frame anywhere | % | svgroups top frame | % | Openfire conversation log | %");
        tallies.forEach((variant, t) -> System.out.printf(Locale.ROOT, "%s | %d | %d | %.2f | %d | %.2f | %d | %.2f%n",
                variant, t.samples, t.svgroups, percent(t.svgroups, t.samples), t.svgroupsOnTop,
                percent(t.svgroupsOnTop, t.samples), t.conversationLog, percent(t.conversationLog, t.samples)));
        System.out.println();
        System.out.println("variant | " + String.join(" | ", Arrays.stream(Place.values())
                .map(p -> p.label + " | %").toList()) + " | writer with the driver's frame on top");
        tallies.forEach((variant, t) -> {
            StringBuilder row = new StringBuilder(variant);
            for (Place place : Place.values()) {
                long n = t.places.getOrDefault(place, 0L);
                row.append(String.format(Locale.ROOT, " | %d | %.2f", n, percent(n, t.samples)));
            }
            System.out.println(row.append(" | ").append(t.writerInDriver));
        });
        tallies.forEach((variant, t) -> {
            System.out.println();
            System.out.println(variant + ": the svgroups frame nearest the top");
            t.nearestSvgroupsFrame.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey()));
        });
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
