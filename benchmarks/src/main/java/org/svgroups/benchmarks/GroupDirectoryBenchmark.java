package org.svgroups.benchmarks;

import java.util.List;
import java.util.Set;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.svgroups.openfire.admin.GroupRow;
import org.svgroups.openfire.db.JdbcGroupDirectory;

/**
 * The plugin's reads of all groups ({@link JdbcGroupDirectory}) on Openfire's embedded database, in memory, with
 * {@value ConsoleDatabase#GROUPS} groups of {@value ConsoleDatabase#GROUP_SIZE} and as many rooms of another MUC
 * service ({@link ConsoleDatabase}). The setup checks what each read returns.
 */
public class GroupDirectoryBenchmark extends ConsoleBenchmark {

    private JdbcGroupDirectory directory;
    private String search;
    private String member;

    @Setup(Level.Trial)
    public void setUp(ConsoleDatabase database) {
        directory = database.directory();
        search = ConsoleDatabase.searchFor(ConsoleDatabase.SEARCHED);
        member = ConsoleDatabase.person(ConsoleDatabase.SEARCHED);

        List<GroupRow> groups = directory.groups();
        if (groups.size() != ConsoleDatabase.GROUPS || groups.stream().anyMatch(
                g -> g.members() != ConsoleDatabase.GROUP_SIZE || g.owner() == null || g.lastActive() == null
                        || g.shares() == 0)) {
            throw new IllegalStateException("groups() did not read " + ConsoleDatabase.GROUPS + " full groups");
        }
        Set<String> expected = database.expectedGroupsOf(ConsoleDatabase.SEARCHED);
        if (expected.isEmpty() || database.roomsOf(ConsoleDatabase.SEARCHED) == 0) {
            throw new IllegalStateException(member + " is in no group, or in no room of the other service");
        }
        expect("groupsWithMember", database.expectedGroupsWithMember(search), directory.groupsWithMember(search));
        expect("groupsOf", expected, directory.groupsOf(member));
    }

    static void expect(String what, Set<String> expected, Set<String> actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + " found " + actual + " instead of " + expected);
        }
    }

    /**
     * Every group's light row, as each view of the groups list reads them: 5 queries (rooms, owners and admins,
     * member counts, activity, share totals) joined in memory.
     */
    @Benchmark
    public List<GroupRow> groups() {
        return directory.groups();
    }

    /** The groups with someone whose address contains the text typed (LIKE on every affiliation and member). */
    @Benchmark
    public Set<String> groupsWithMember() {
        return directory.groupsWithMember(search);
    }

    /** The groups of one user by exact address, for the groups IQ and the Users page. */
    @Benchmark
    public Set<String> groupsOf() {
        return directory.groupsOf(member);
    }
}
