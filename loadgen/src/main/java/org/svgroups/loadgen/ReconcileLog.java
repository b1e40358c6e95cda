package org.svgroups.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server says about bookmark reconciliations (BookmarkWorker's two log lines) and what its process has
 * spent on the CPU ({@code /proc/PID/stat}).
 */
final class ReconcileLog {

    private static final Pattern DONE = Pattern.compile("svgroups: reconciled the bookmarks of (\\d+) users in (\\d+) ms\\.");

    /** One finished reconciliation: how many users, and the milliseconds from the plugin's start to the last one. */
    record Done(int users, long millis) {
        double usersPerSecond() {
            return millis == 0 ? Double.NaN : users * 1000.0 / millis;
        }
    }

    private ReconcileLog() {
    }

    /** The reconciliations finished so far, oldest first. */
    static List<Done> done(CharSequence log) {
        List<Done> done = new ArrayList<>();
        Matcher m = DONE.matcher(log);
        while (m.find()) {
            done.add(new Done(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))));
        }
        return done;
    }

    /**
     * The CPU time a process has used, user and system, in clock ticks: fields 14 and 15 of {@code /proc/PID/stat},
     * counted after the command name, which is in parentheses and may itself hold spaces and parentheses.
     */
    static long cpuTicks(String stat) {
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: " + stat);
        }
        // After ") " come field 3 (state) onwards: utime is field 14, the 12th of these.
        String[] fields = stat.substring(end + 1).trim().split("\\s+");
        if (fields.length < 13) {
            throw new IllegalArgumentException("a /proc/PID/stat line with too few fields: " + stat);
        }
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The process's CPU time so far in seconds (Linux' USER_HZ is 100 ticks a second). */
    static double cpuSeconds(long pid) throws IOException {
        return cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII)) / 100.0;
    }
}
