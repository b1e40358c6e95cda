package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReconcileLogTest {

    private static final String LOG = """
            2025.01.02 10:00:01.001 INFO  [svgroups-bookmarks]: org.svgroups.openfire.bookmarks.BookmarkWorker - svgroups: reconciling the bookmarks of 10000 users in the background.
            2025.01.02 10:00:01.002 INFO  [main]: org.svgroups.openfire.SvGroupsPlugin - svgroups started on groups.svgroups.test (member cap 32).
            2025.01.02 10:01:40.500 INFO  [svgroups-bookmarks]: org.svgroups.openfire.bookmarks.BookmarkWorker - svgroups: reconciled the bookmarks of 10000 users in 99500 ms.
            2025.01.02 10:02:00.000 INFO  [svgroups-bookmarks]: org.svgroups.openfire.bookmarks.BookmarkWorker - svgroups: reconciling the bookmarks of 10000 users in the background.
            """;

    @Test
    void readsFinishedReconciliations() {
        assertThat(ReconcileLog.done(LOG)).containsExactly(new ReconcileLog.Done(10_000, 99_500));
        assertThat(ReconcileLog.done(LOG).get(0).usersPerSecond()).isCloseTo(100.5, org.assertj.core.data.Offset.offset(0.1));
        assertThat(ReconcileLog.done("")).isEmpty();
    }

    @Test
    void cpuTicksAreUserPlusSystemTimeAfterTheCommandName() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 50 0 0 0 1234 567 0 0 20 0 40 0 999";
        assertThat(ReconcileLog.cpuTicks(stat)).isEqualTo(1801);
        assertThatThrownBy(() -> ReconcileLog.cpuTicks("no parentheses")).hasMessageContaining("not a /proc/PID/stat line");
        assertThatThrownBy(() -> ReconcileLog.cpuTicks("1 (java) S 1 2")).hasMessageContaining("too few fields");
    }
}
